import { shuffleIds } from '../learner-draw';
import type { QuestionBase, QuestionKind } from '../question-kind';
import { matchingState, type MatchingSlice } from './matching-state';
import { isPermutationOf, listIds, MOST_RECORDED_PARTS } from './id-list';

/** `<Matching>`: each left item belongs with the right of the same pair; rights are shown shuffled. */
export interface MatchingQuestion extends QuestionBase {
  kind: 'matching';
  pairs: MatchingPair[];
}

export interface MatchingPair {
  id: string;
  left: string;
  right: string;
}

export interface MatchingResponse {
  kind: 'matching';
  /** Pairs of left pair id → chosen right pair id, in authored order; a left not yet matched is left out. */
  matches: [string, string][];
}

function matchesByLeft(response: MatchingResponse): Map<string, string> | undefined {
  const matches = new Map(response.matches);
  // A left matched twice is a malformed response, not a choice between two answers.
  return matches.size === response.matches.length ? matches : undefined;
}

const text = (value: unknown) => (typeof value === 'string' ? value : '');

export const matching: QuestionKind<MatchingQuestion, MatchingResponse, MatchingSlice> = {
  ...matchingState,
  scored: true,
  element: {
    name: 'Matching',
    part: {
      name: 'Pair',
      attributes: (z) => ({
        /** The item learners start from. */
        left: z.string().min(1),
        /** The item that belongs with `left`. */
        right: z.string().min(1),
      }),
      hasId: true,
      one: 'pair',
      many: 'pairs',
      example: '`<Pair left="…" right="…" />`',
      fewest: 2,
      most: MOST_RECORDED_PARTS,
      strayTip: 'Write the two sides as `left="…"` and `right="…"`.',
      missingHints: {
        left: 'Add the item learners start from: `left="…"`.',
        right: 'Add the item that belongs with `left`: `right="…"`.',
      },
    },
    read: ({ attributes, parts, partsUsable }) =>
      attributes && partsUsable ? { pairs: parts.map(({ id, attributes: pair }) => ({ id, left: text(pair.left), right: text(pair.right) })) } : undefined,
  },
  isComplete(question, response) {
    const matches = matchesByLeft(response);
    const ids = listIds(question.pairs);
    return matches !== undefined && isPermutationOf([...matches.keys()], ids) && [...matches.values()].every((right) => ids.includes(right));
  },
  isCorrect(question, response) {
    const matches = matchesByLeft(response);
    return matches !== undefined && matches.size === question.pairs.length && question.pairs.every((pair) => matches.get(pair.id) === pair.id);
  },
  interaction(question, response) {
    const matches = new Map(response.matches);
    const ids = listIds(question.pairs);
    return {
      type: 'matching',
      response: ids.flatMap((left): [string, string][] => {
        const right = matches.get(left);
        return right === undefined ? [] : [[left, right]];
      }),
      correctResponse: ids.map((id): [string, string] => [id, id]),
      options: ids,
      targets: ids,
    };
  },
  // The rights are always shuffled: in authored order every answer would sit beside its item.
  shownOrder: (seed, question) => shuffleIds(seed, question.id, listIds(question.pairs)),
  view: {
    controls({ question, order, response }) {
      const byId = new Map(question.pairs.map((pair) => [pair.id, pair]));
      const matched = new Map(response?.matches ?? []);
      return {
        widget: 'matches',
        rows: question.pairs.map((pair) => ({ id: pair.id, text: pair.left })),
        targets: (order ?? listIds(question.pairs)).flatMap((id) => {
          const pair = byId.get(id);
          return pair ? [{ id, text: pair.right }] : [];
        }),
        matched: Object.fromEntries(matched),
        match(rowId, targetId) {
          const next = new Map(matched);
          if (targetId) next.set(rowId, targetId);
          else next.delete(rowId);
          return { kind: 'matching', matches: question.pairs.flatMap((pair): [string, string][] => {
            const right = next.get(pair.id);
            return right ? [[pair.id, right]] : [];
          }) };
        },
      };
    },
    needs: () => 'quiz.needsMatches',
    answer: (question) => [{ list: question.pairs.map((pair) => ({ label: 'quiz.matchPair', values: { left: pair.left, right: pair.right } })), ordered: false }],
    explain(question, response, correct) {
      if (correct) return [];
      const fitting = response.matches.filter(([left, right]) => left === right).length;
      return [{ key: 'count', text: { label: 'quiz.matchesFit', values: { count: fitting, total: question.pairs.length } } }];
    },
  },
};
