import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createSeed, drawBank, shownQuestions, shuffleIds } from '../../../../src/core/quiz/learner-draw';
import { shownOrder } from '../../../../src/core/quiz/shown-order';
import type { QuizItem } from '../../../../src/core/quiz/quiz-definition';
import { bankOf, choiceQuestion, matching, multiple, sequencing, single, trueFalse } from './sample-questions';

const SEED_COUNT = 36 ** 4;
const seed = fc.integer({ min: 0, max: SEED_COUNT - 1 });
const stableId = fc.stringMatching(/^[a-z0-9]{1,6}(-[a-z0-9]{1,4})?$/);
const uniqueIds = (minLength: number, maxLength = 12) => fc.uniqueArray(stableId, { minLength, maxLength });
const idsOf = (questions: readonly { id: string }[]) => questions.map((question) => question.id);
const sorted = (ids: readonly string[]) => [...ids].sort();

describe('createSeed', () => {
  it('spans 0 … 36^4 − 1, whatever the random source returns', () => {
    expect(createSeed(() => 0)).toBe(0);
    expect(createSeed(() => 0.999_999_999_9)).toBe(SEED_COUNT - 1);
    expect(createSeed(() => 1)).toBe(SEED_COUNT - 1);
    expect(createSeed(() => 0.5)).toBe(SEED_COUNT / 2);
    const made = createSeed();
    expect(Number.isInteger(made) && made >= 0 && made < SEED_COUNT).toBe(true);
  });
});

describe('shuffleIds', () => {
  it('returns a permutation, the same for the same seed and scope', () => {
    fc.assert(fc.property(seed, fc.string(), uniqueIds(0), (learnerSeed, scope, ids) => {
      const shuffled = shuffleIds(learnerSeed, scope, ids);
      expect(sorted(shuffled)).toEqual(sorted(ids));
      expect(shuffleIds(learnerSeed, scope, [...ids].reverse())).toEqual(shuffled);
    }));
  });

  it('spreads orders evenly over learners, even for ids that differ only in their last character', () => {
    const ids = ['a', 'b', 'c', 'd', 'e', 'f'];
    const orders = Array.from({ length: 7200 }, (_, learnerSeed) => shuffleIds(learnerSeed, 'q', ids).join(''));
    // 720 orders, about 10 learners each: the plain FNV-1a ranking gave 24 orders, 1 in 8 learners unshuffled.
    expect(new Set(orders).size).toBeGreaterThan(700);
    expect(orders.filter((order) => order === 'abcdef').length).toBeLessThan(30);
  });
});

describe('drawBank', () => {
  const ids = Array.from({ length: 10 }, (_, index) => `question-${index}`);

  it('draws `draw` questions, in authored order, the same for the same seed', () => {
    fc.assert(fc.property(seed, uniqueIds(1), fc.nat(14), (learnerSeed, questionIds, draw) => {
      const bank = bankOf('bank', draw, questionIds);
      const drawn = idsOf(drawBank(learnerSeed, bank));
      expect(drawn).toHaveLength(Math.min(draw, questionIds.length));
      expect(drawn).toEqual(questionIds.filter((id) => drawn.includes(id)));
      expect(idsOf(drawBank(learnerSeed, bank))).toEqual(drawn);
    }));
  });

  it('draws different questions for different seeds', () => {
    const bank = bankOf('bank', 3, ids);
    const draws = new Set(Array.from({ length: 20 }, (_, learnerSeed) => idsOf(drawBank(learnerSeed, bank)).join()));
    expect(draws.size).toBeGreaterThan(10);
  });

  it('draws each question for about the same share of learners', () => {
    const bank = bankOf('bank', 3, ids);
    const counts = new Map<string, number>();
    for (let learnerSeed = 0; learnerSeed < 5000; learnerSeed += 1) {
      for (const id of idsOf(drawBank(learnerSeed, bank))) counts.set(id, (counts.get(id) ?? 0) + 1);
    }
    // Each of 10 questions is expected in 3 of 10 draws: 1500 of 5000.
    for (const id of ids) expect(Math.abs((counts.get(id) ?? 0) - 1500)).toBeLessThan(150);
  });

  it('draws the same set when the author reorders the bank', () => {
    fc.assert(fc.property(seed, uniqueIds(2), fc.nat(12), (learnerSeed, questionIds, draw) => {
      const drawn = idsOf(drawBank(learnerSeed, bankOf('bank', draw, questionIds)));
      const reordered = idsOf(drawBank(learnerSeed, bankOf('bank', draw, [...questionIds].reverse())));
      expect(sorted(reordered)).toEqual(sorted(drawn));
    }));
  });

  it('changes the drawn set after a question is added only when the new one is drawn', () => {
    fc.assert(fc.property(seed, uniqueIds(1), stableId, fc.nat(12), fc.nat(), (learnerSeed, questionIds, extra, draw, at) => {
      fc.pre(!questionIds.includes(extra));
      const before = idsOf(drawBank(learnerSeed, bankOf('bank', draw, questionIds)));
      const position = at % (questionIds.length + 1);
      const withExtra = [...questionIds.slice(0, position), extra, ...questionIds.slice(position)];
      const after = idsOf(drawBank(learnerSeed, bankOf('bank', draw, withExtra)));
      if (!after.includes(extra)) expect(after).toEqual(before);
      else expect(before.filter((id) => !after.includes(id)).length).toBeLessThanOrEqual(1);
    }));
  });

  it('draws nothing for draw 0 and everything when draw covers the bank', () => {
    expect(drawBank(7, bankOf('bank', 0, ids))).toEqual([]);
    expect(idsOf(drawBank(7, bankOf('bank', 99, ids)))).toEqual(ids);
  });
});

describe('shownQuestions', () => {
  it('keeps plain questions and puts each bank’s draw where the bank is', () => {
    const pool = bankOf('pool', 2, ['p1', 'p2', 'p3', 'p4']);
    const items: QuizItem[] = [choiceQuestion('first'), pool, choiceQuestion('last')];
    fc.assert(fc.property(seed, (learnerSeed) => {
      const shown = idsOf(shownQuestions(learnerSeed, items));
      expect(shown).toHaveLength(4);
      expect(shown[0]).toBe('first');
      expect(shown[3]).toBe('last');
      expect(shown.slice(1, 3)).toEqual(idsOf(drawBank(learnerSeed, pool)));
    }));
  });
});

describe('shownOrder', () => {
  it('shows choice options in authored order unless the author asked to shuffle', () => {
    expect(shownOrder(3, single)).toEqual(['mutual', 'advice', 'other']);
    fc.assert(fc.property(seed, (learnerSeed) => {
      expect(shownOrder(learnerSeed, multiple)).toEqual(shuffleIds(learnerSeed, multiple.id, ['a', 'b', 'c']));
    }));
  });

  it('always shuffles matching rights', () => {
    fc.assert(fc.property(seed, (learnerSeed) => {
      expect(sorted(shownOrder(learnerSeed, matching) ?? [])).toEqual(['a', 'b', 'c']);
    }));
    const orders = new Set(Array.from({ length: 20 }, (_, learnerSeed) => shownOrder(learnerSeed, matching)?.join()));
    expect(orders.size).toBeGreaterThan(1);
  });

  it('never shows sequencing steps in the correct order when there are two or more', () => {
    fc.assert(fc.property(seed, uniqueIds(2, 6), (learnerSeed, stepIds) => {
      const question = { ...sequencing, steps: stepIds.map((id) => ({ id, text: id })) };
      const steps = shownOrder(learnerSeed, question);
      expect(sorted(steps ?? [])).toEqual(sorted(stepIds));
      expect(steps).not.toEqual(stepIds);
      expect(shownOrder(learnerSeed, question)).toEqual(steps);
    }));
    const oneStep = { ...sequencing, steps: [{ id: 'only', text: 'Only' }] };
    expect(shownOrder(1, oneStep)).toEqual(['only']);
  });

  it('has nothing to order for true-false', () => {
    expect(shownOrder(1, trueFalse)).toBeUndefined();
  });
});
