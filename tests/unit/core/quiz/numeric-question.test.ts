import { mdxToMdast } from 'satteri';
import { describe, expect, it } from 'vitest';
import { formatProblems } from '../../../../src/content/checks/problem';
import type { MdastNode } from '../../../../src/content/mdx-elements/mdast-node';
import { quizzesFromMdast } from '../../../../src/content/quizzes/quizzes-from-mdast';
import { isResponseComplete, isResponseCorrect } from '../../../../src/core/quiz/evaluate-response';
import { numeric, type NumericQuestion } from '../../../../src/core/quiz/kinds/numeric';
import { readTypedNumber } from '../../../../src/core/quiz/kinds/numeric-state';
import { toInteractionRecord } from '../../../../src/core/quiz/question-interaction';
import { toCourseStateQuestion } from '../../../../src/core/scorm/course-state-question';
import { toInteractionFields12, toInteractionFields2004 } from '../../../../src/core/scorm/interaction-fields';
import { decodeResponse, encodeResponse } from '../../../../src/core/scorm/question-response-codec';
import { itemAt } from '../../../support/defined';

function read(question: string, language: 'en' | 'da' = 'en') {
  return quizzesFromMdast(mdxToMdast(`<Quiz id="numbers">\n${question}\n</Quiz>\n`) as MdastNode, { lessonId: 'numbers', file: 'courses/mini/numbers.mdx', language });
}
const readQuestion = (question: string) => itemAt(itemAt(read(question).quizzes, 0).items, 0);
const typed = (text: string) => ({ kind: 'numeric', text });

const weeks: NumericQuestion = { kind: 'numeric', id: 'weeks', prompt: 'How many weeks does the course take?', weight: 1, range: { min: 8, max: 8 }, answer: 8, unit: 'weeks' };
const around: NumericQuestion = { kind: 'numeric', id: 'around', prompt: 'About how many people?', weight: 1, range: { min: 11.5, max: 12.5 }, answer: 12, tolerance: 0.5 };
const atLeast: NumericQuestion = { kind: 'numeric', id: 'at-least', prompt: 'How many minutes at least?', weight: 1, range: { min: 10 } };

describe('<Numeric> in MDX', () => {
  it('reads an exact answer, an answer with a tolerance, and a range with an open end', () => {
    expect(readQuestion('<Numeric id="weeks" prompt="How many weeks does the course take?" answer={8} unit="weeks" />')).toEqual(weeks);
    expect(readQuestion('<Numeric id="around" prompt="About how many people?" answer={12} tolerance={0.5} />')).toEqual(around);
    expect(readQuestion('<Numeric id="at-least" prompt="How many minutes at least?" min={10} />')).toEqual(atLeast);
  });

  it('explains a question no answer could fit, or one that is unclear, with file and line', () => {
    expect(formatProblems(read('<Numeric id="n" prompt="P" />').problems)).toContain(
      'courses/mini/numbers.mdx:2:1 (question "n")\n  `<Numeric>` has no `answer`, `min` or `max`, so no answer could be right.',
    );
    expect(read('<Numeric id="n" prompt="P" answer={3} min={1} />').problems.map((problem) => problem.message)).toEqual([
      '`<Numeric>` has both an `answer` and a range (`min`/`max`), so it is unclear which numbers are right.',
    ]);
    expect(read('<Numeric id="n" prompt="P" min={5} max={1} />').problems.map((problem) => problem.hint)).toEqual(['Swap them, so `min` is the lower number.']);
    expect(read('<Numeric id="n" prompt="P" min={5} tolerance={1} />').problems.map((problem) => problem.message)).toEqual([
      '`<Numeric>` has a `tolerance` but no `answer` for it to apply to.',
    ]);
    expect(read('<Numeric id="n" prompt="P" answer="eight" />').problems).toHaveLength(1);
  });
});

describe('a numeric answer', () => {
  it('reads a number written with a dot or a Danish decimal comma, and nothing else', () => {
    expect(readTypedNumber(' 12 ')).toBe(12);
    expect(readTypedNumber('2,5')).toBe(2.5);
    expect(readTypedNumber('-0.25')).toBe(-0.25);
    expect(readTypedNumber('1 000')).toBe(1000);
    for (const text of ['', 'twelve', '1e3', '1.2.3', '12345678901', '1.12345678']) expect(readTypedNumber(text)).toBeUndefined();
  });

  it('is right within the range, ends included, and after answer ± tolerance', () => {
    expect(isResponseCorrect(weeks, typed('8'))).toBe(true);
    expect(isResponseCorrect(weeks, typed('8.5'))).toBe(false);
    expect(isResponseCorrect(around, typed('12,5'))).toBe(true);
    expect(isResponseCorrect(around, typed('11.4'))).toBe(false);
    expect(isResponseCorrect(atLeast, typed('1000'))).toBe(true);
    expect(isResponseCorrect(atLeast, typed('9.99'))).toBe(false);
    // 0.1 + 0.2 is 0.30000000000000004 in floating point: still the answer 0.3.
    const sum: NumericQuestion = { ...around, range: { min: 0.1 + 0.2, max: 0.1 + 0.2 } };
    expect(isResponseCorrect(sum, typed('0.3'))).toBe(true);
    expect(isResponseComplete(weeks, typed('eight'))).toBe(false);
  });

  it('reaches the LMS as a numeric interaction: a range pattern in 2004, the exact number in 1.2', () => {
    const timestamp = new Date(2026, 0, 5, 9, 0, 0);
    const exact = toInteractionRecord({ courseId: 'c', quizId: 'q', question: weeks, response: typed('7,5'), correct: false, timestamp });
    expect(toInteractionFields2004(exact)).toEqual(expect.arrayContaining([['type', 'numeric'], ['learner_response', '7.5'], ['correct_responses.0.pattern', '8[:]8']]));
    expect(toInteractionFields12(exact)).toEqual(expect.arrayContaining([['type', 'numeric'], ['student_response', '7.5'], ['correct_responses.0.pattern', '8']]));
    const open = toInteractionRecord({ courseId: 'c', quizId: 'q', question: atLeast, response: typed('12'), correct: true, timestamp });
    expect(toInteractionFields2004(open)).toEqual(expect.arrayContaining([['correct_responses.0.pattern', '10[:]']]));
    expect(toInteractionFields12(open).map(([name]) => name)).not.toContain('correct_responses.0.pattern');
  });

  it('is saved as typed and read back; anything that is not a number is not saved', () => {
    const slice = toCourseStateQuestion(weeks);
    expect(slice).toEqual({ kind: 'numeric', id: 'weeks' });
    expect(decodeResponse(slice, encodeResponse(slice, typed('7,5')) ?? '')).toEqual(typed('7,5'));
    expect(encodeResponse(slice, typed('seven'))).toBeUndefined();
    expect(decodeResponse(slice, 'seven')).toBeUndefined();
  });

  it('shows the right answer in words, numbers written the learner’s way', () => {
    expect(numeric.view.answer?.(weeks, 'en')).toEqual([{ paragraph: '8 weeks' }]);
    expect(numeric.view.answer?.(around, 'da')).toEqual([{ paragraph: { label: 'quiz.numberAround', values: { answer: '12', tolerance: '0,5' } } }]);
    expect(numeric.view.answer?.(atLeast, 'en')).toEqual([{ paragraph: { label: 'quiz.numberAtLeast', values: { min: '10' } } }]);
  });
});
