import { mdxToMdast } from 'satteri';
import { describe, expect, it } from 'vitest';
import { formatProblems } from '../../../../src/content/checks/problem';
import type { MdastNode } from '../../../../src/content/mdx-elements/mdast-node';
import { quizzesFromMdast } from '../../../../src/content/quizzes/quizzes-from-mdast';
import { isResponseComplete, isResponseCorrect } from '../../../../src/core/quiz/evaluate-response';
import { isIdList, listIds, onlyIds } from '../../../../src/core/quiz/kinds/id-list';
import type { QuestionBase, QuestionKind } from '../../../../src/core/quiz/question-kind';
import { toInteractionRecord } from '../../../../src/core/quiz/question-interaction';
import { BUILT_IN_QUESTION_KINDS, createQuestionKinds } from '../../../../src/core/quiz/question-kinds';
import { checkAnswer } from '../../../../src/core/quiz/question-progress';
import { decodeResponse, encodeResponse } from '../../../../src/core/scorm/question-response-codec';
import { toInteractionFields12, toInteractionFields2004 } from '../../../../src/core/scorm/interaction-fields';
import { readPositionDigit, toPositionDigit } from '../../../../src/core/scorm/saved-positions';
import { defined, itemAt } from '../../../support/defined';

// A question kind peerpath does not have, declared in one object and handed to the registry: the
// MDX reader, author checks, scoring, SCORM interactions and saved state all take it from there.

interface OddOneOutQuestion extends QuestionBase {
  kind: 'odd-one-out';
  words: { id: string; text: string; odd: boolean }[];
}
interface OddOneOutResponse { kind: 'odd-one-out'; wordId: string }
interface OddOneOutSlice { kind: 'odd-one-out'; id: string; words: { id: string }[] }

const oddOneOut: QuestionKind<OddOneOutQuestion, OddOneOutResponse, OddOneOutSlice> = {
  name: 'odd-one-out',
  scored: true,
  element: {
    name: 'OddOneOut',
    part: {
      name: 'Word',
      attributes: (z) => ({ odd: z.boolean().default(false) }),
      hasId: true,
      text: 'the word',
      one: 'word',
      many: 'words',
      example: '`<Word>…</Word>`',
      fewest: 3,
      most: 36,
      switches: ['odd'],
    },
    read({ attributes, parts, partsUsable }, report) {
      const odd = parts.filter((part) => part.attributes.odd === true);
      if (partsUsable && odd.length !== 1) {
        report({ message: `\`<OddOneOut>\` has ${odd.length} odd words, but it needs exactly one.`, hint: 'Mark the word that does not belong with `odd`.' });
        return undefined;
      }
      return attributes && partsUsable ? { words: parts.map(({ id, text, attributes: word }) => ({ id, text, odd: word.odd === true })) } : undefined;
    },
  },
  isComplete: (question, response) => question.words.some((word) => word.id === response.wordId),
  isCorrect: (question, response) => question.words.some((word) => word.odd && word.id === response.wordId),
  interaction: (question, response) => ({
    type: 'choice',
    response: [response.wordId],
    correctResponse: question.words.filter((word) => word.odd).map((word) => word.id),
    options: listIds(question.words),
  }),
  state: {
    slice: ({ kind, id, words }) => ({ kind, id, words: onlyIds(words) }),
    isSlice: (value): value is typeof value & OddOneOutSlice => isIdList(value.words),
    ids: (slice) => listIds(slice.words),
    encode: (_slice, response, ids) => toPositionDigit(ids, response.wordId),
    decode(_slice, body, ids) {
      const wordId = readPositionDigit(ids, body);
      return wordId === undefined ? undefined : { kind: 'odd-one-out', wordId };
    },
    longest: () => 1,
  },
  view: {
    controls: ({ question, response }) => ({
      widget: 'choices',
      type: 'radio',
      items: question.words.map(({ id, text }) => ({ id, text })),
      chosen: response ? [response.wordId] : [],
      choose: (wordId) => ({ kind: 'odd-one-out', wordId }),
    }),
    needs: () => 'quiz.needsChoice',
    answer: (question) => question.words.filter((word) => word.odd).map((word) => ({ paragraph: word.text })),
  },
};

const kinds = createQuestionKinds([...BUILT_IN_QUESTION_KINDS, oddOneOut]);
const file = 'courses/mini/words.mdx';

function read(mdx: string) {
  return quizzesFromMdast(mdxToMdast(mdx) as MdastNode, { lessonId: 'words', file, language: 'en', kinds });
}

const lesson = `<Quiz id="words">
<OddOneOut id="which-word" prompt="Which word does not belong with the others?" attempts={2}>
  <Word id="listen">Listen</Word>
  <Word id="share">Share</Word>
  <Word id="diagnose" odd>Diagnose</Word>
</OddOneOut>
<TrueFalse id="still-here" prompt="Built-in kinds still work beside it." answer={true} />
</Quiz>
`;

describe('a question kind added through the registry alone', () => {
  const { quizzes, problems } = read(lesson);
  const quiz = itemAt(quizzes, 0);
  const first = itemAt(quiz.items, 0);
  if (first.kind === 'bank') throw new Error('Expected a question first, found a bank.');
  const question: QuestionBase = first;
  const right: OddOneOutResponse = { kind: 'odd-one-out', wordId: 'diagnose' };
  const wrong: OddOneOutResponse = { kind: 'odd-one-out', wordId: 'share' };

  it('is read from MDX with the attributes every question takes and its own parts', () => {
    expect(problems).toEqual([]);
    expect(quiz.items.map((item) => item.kind)).toEqual(['odd-one-out', 'true-false']);
    expect(question).toEqual({
      kind: 'odd-one-out', id: 'which-word', prompt: 'Which word does not belong with the others?', attempts: 2, weight: 1,
      words: [{ id: 'listen', text: 'Listen', odd: false }, { id: 'share', text: 'Share', odd: false }, { id: 'diagnose', text: 'Diagnose', odd: true }],
    });
  });

  it('gets the shared author checks (part count, attributes) and its own, with file and line', () => {
    const broken = read(`<Quiz id="words">
<OddOneOut id="which-word" prompt="Which word?" colour="red">
  <Word>Listen</Word>
  <Word>Share</Word>
</OddOneOut>
</Quiz>
`);
    expect(formatProblems(broken.problems)).toMatchInlineSnapshot(`
      "The courses have 3 problems to fix before they can be built.

      courses/mini/words.mdx:2:1 (question "which-word")
        \`<OddOneOut>\` has the attribute \`colour\`, which peerpath does not know.
        Fix: Remove it, or use one of the attributes \`<OddOneOut>\` takes: \`id\`, \`prompt\`, \`hint\`, \`feedback\`, \`attempts\`, \`revealAfter\`, \`weight\`.

      courses/mini/words.mdx:2:1 (question "which-word")
        \`<OddOneOut>\` has 2 words, but it needs at least 3.
        Fix: Add words inside it, each as \`<Word>…</Word>\`.

      courses/mini/words.mdx:2:1 (question "which-word")
        \`<OddOneOut>\` has 0 odd words, but it needs exactly one.
        Fix: Mark the word that does not belong with \`odd\`."
    `);
  });

  it('tells an author where its part belongs when it is written outside a question', () => {
    const stray = read('<Word odd>Diagnose</Word>\n');
    expect(stray.problems.map((problem) => `${problem.message} ${problem.hint}`)).toEqual([
      '`<Word>` is outside any question, so learners would never see it. Put it inside `<OddOneOut>`.',
    ]);
  });

  it('is checked and scored by its own rules', () => {
    const unknown: OddOneOutResponse = { kind: 'odd-one-out', wordId: 'unknown' };
    expect(isResponseComplete(question, unknown, kinds)).toBe(false);
    expect(isResponseCorrect(question, right, kinds)).toBe(true);
    expect(isResponseCorrect(question, wrong, kinds)).toBe(false);
    const once = checkAnswer(question, undefined, wrong, kinds);
    expect(checkAnswer(question, once, wrong, kinds)).toEqual({ attempts: 2, correct: false, revealed: true, response: wrong });
  });

  it('reaches the LMS as the interaction it declares, in both SCORM versions', () => {
    const record = toInteractionRecord({
      courseId: 'mini', quizId: 'words', question, response: right, correct: true, timestamp: new Date(2026, 0, 5, 9, 0, 0),
    }, kinds);
    expect(toInteractionFields2004(record)).toEqual(expect.arrayContaining([
      ['type', 'choice'], ['learner_response', 'diagnose'], ['result', 'correct'], ['correct_responses.0.pattern', 'diagnose'],
    ]));
    expect(toInteractionFields12(record)).toEqual(expect.arrayContaining([['student_response', '2'], ['correct_responses.0.pattern', '2']]));
  });

  it('saves an answer in its own short form and reads it back', () => {
    const slice = defined(kinds.find('odd-one-out'), 'the fixture kind').state.slice(question);
    expect(slice).toEqual({ kind: 'odd-one-out', id: 'which-word', words: [{ id: 'listen' }, { id: 'share' }, { id: 'diagnose' }] });
    const body = encodeResponse(slice, right, kinds);
    expect(body).toBe('2');
    expect(decodeResponse(slice, defined(body, 'a saved body'), kinds)).toEqual(right);
  });

  it('tells the quiz island which widget shows it', () => {
    const view = defined(kinds.find('odd-one-out'), 'the fixture kind').view.controls({ question, order: undefined, response: undefined, language: 'en' });
    expect(view).toMatchObject({ widget: 'choices', type: 'radio', chosen: [] });
    expect(view.widget === 'choices' && view.choose('share', true)).toEqual({ kind: 'odd-one-out', wordId: 'share' });
  });
});
