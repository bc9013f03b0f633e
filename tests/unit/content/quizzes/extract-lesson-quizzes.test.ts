import { readFileSync } from 'node:fs';
import path from 'node:path';
import { mdxToMdast } from 'satteri';
import { describe, expect, it } from 'vitest';
import type { MdastNode } from '../../../../src/content/mdx-elements/mdast-node';
import { quizzesFromMdast } from '../../../../src/content/quizzes/quizzes-from-mdast';
import { extractLessonQuizzes } from '../../../support/lesson-elements';
import type { QuizDefinition } from '../../../../src/core/quiz/quiz-definition';

const projectRoot = path.resolve(import.meta.dirname, '../../../..');
const options = { lessonId: 'welcome', file: 'courses/mini/welcome.mdx', language: 'en' } as const;

function quizzesIn(mdx: string, language: 'en' | 'da' = 'en') {
  return extractLessonQuizzes(mdx, { ...options, language });
}

describe('extractLessonQuizzes on the valid fixture', () => {
  const file = 'tests/fixtures/valid/tiny-course/lessons/boundaries.mdx';
  const source = readFileSync(path.join(projectRoot, file), 'utf8');

  it('reads the quiz with every question type, a bank and score bands', () => {
    const { quizzes, problems } = extractLessonQuizzes(source, { lessonId: 'boundaries', file, language: 'en' });
    expect(problems).toEqual([]);
    expect(quizzes).toEqual([BOUNDARIES_QUIZ]);
  });

  it('gives the same result from a tree parsed once elsewhere', () => {
    const fromTree = quizzesFromMdast(mdxToMdast(source) as MdastNode, { lessonId: 'boundaries', file, language: 'en' });
    expect(fromTree.quizzes).toEqual([BOUNDARIES_QUIZ]);
  });

  it('lists every quiz, question and bank id with its line, for the course-wide checks', () => {
    const { declarations } = extractLessonQuizzes(source, { lessonId: 'boundaries', file, language: 'en' });
    expect(declarations.map(({ kind, id, line }) => `${line} ${kind} ${id}`)).toEqual([
      '18 quiz boundaries-check',
      '19 question what-peer-support-is',
      '24 question safe-limits',
      '29 question crisis-service',
      '31 question name-the-route',
      '35 question match-limits',
      '39 question order-steps',
      '44 bank boundary-scenarios',
      '45 question say-no',
      '46 question too-much',
      '51 question ready-to-name-limits',
    ]);
  });
});

describe('extractLessonQuizzes reading what authors write', () => {
  it('finds no quizzes and no problems in a lesson without any', () => {
    expect(quizzesIn('---\nid: welcome\n---\n\n# Welcome\n\nJust text.\n')).toEqual({ quizzes: [], problems: [], declarations: [] });
  });

  it('reads bare attributes as true and `{…}` as JSON values', () => {
    const [quiz] = quizzesIn(
      '<Quiz id="q" counts passMark={80.5} title={"Check"}>\n  <TrueFalse id="t" prompt={"Is it?"} answer weight={0.5} attempts={3} />\n</Quiz>\n',
    ).quizzes;
    expect(quiz).toEqual({
      id: 'q',
      lessonId: 'welcome',
      title: 'Check',
      counts: true,
      passMark: 80.5,
      items: [{ kind: 'true-false', id: 't', prompt: 'Is it?', answer: true, weight: 0.5, attempts: 3 }],
      bands: [],
    });
  });

  it('leaves a quiz formative, with weight 1, unlimited attempts and no shuffle, unless the author says otherwise', () => {
    const [quiz] = quizzesIn('<Quiz id="q">\n<SingleChoice id="s" prompt="P">\n<Option correct>A</Option>\n<Option>B</Option>\n</SingleChoice>\n</Quiz>\n').quizzes;
    expect(quiz).toMatchObject({ counts: false, items: [{ weight: 1, shuffle: false }] });
    expect(quiz?.passMark).toBeUndefined();
    expect(quiz?.items[0]).not.toHaveProperty('attempts');
  });

  it('flattens the text of options, answers, steps, levels and bands to plain text', () => {
    const mdx = `<Quiz id="q">
  <SingleChoice id="s" prompt="P">
    <Option correct>Two *people* with **lived**
    experience and \`code\` {"<"} 3</Option>
    <Option>
      A volunteer.

      Gives [advice](https://example.org).
    </Option>
  </SingleChoice>
  <ScoreBand min={50}>Well {/* a note to self */} done</ScoreBand>
</Quiz>
`;
    const [quiz] = quizzesIn(mdx).quizzes;
    const single = quiz?.items[0];
    expect(single?.kind === 'single' && single.options.map((option) => option.text)).toEqual([
      'Two people with lived experience and code < 3',
      'A volunteer. Gives advice.',
    ]);
    expect(quiz?.bands).toEqual([{ min: 50, text: 'Well done' }]);
  });

  it('reads answers written side by side on one line', () => {
    const mdx = '<Quiz id="q">\n  <FillIn id="f" prompt="P">\n    <Accept>peer support</Accept> <Accept>peer-support</Accept>\n  </FillIn>\n</Quiz>\n';
    expect(quizzesIn(mdx).quizzes[0]?.items[0]).toEqual({ kind: 'fill-in', id: 'f', prompt: 'P', weight: 1, accepted: ['peer support', 'peer-support'], maxLength: 60 });
  });

  it('gives a likert without levels the five default levels of the course language, worth nothing', () => {
    const mdx = '<Quiz id="q">\n<Likert id="ready" prompt="How ready do I feel?" />\n</Quiz>\n';
    expect(quizzesIn(mdx, 'da').quizzes[0]?.items[0]).toEqual({
      kind: 'likert',
      id: 'ready',
      prompt: 'How ready do I feel?',
      weight: 0,
      scale: [
        { id: 'a', text: 'Slet ikke' },
        { id: 'b', text: 'Lidt' },
        { id: 'c', text: 'Noget' },
        { id: 'd', text: 'For det meste' },
        { id: 'e', text: 'Helt' },
      ],
    });
  });

  it('keeps the levels an author writes, with their ids', () => {
    const mdx = '<Quiz id="q">\n<Likert id="ready" prompt="P">\n<Level id="no">Not yet</Level>\n<Level>Getting there</Level>\n<Level>Ready</Level>\n</Likert>\n</Quiz>\n';
    const likert = quizzesIn(mdx).quizzes[0]?.items[0];
    expect(likert?.kind === 'likert' && likert.scale).toEqual([
      { id: 'no', text: 'Not yet' },
      { id: 'b', text: 'Getting there' },
      { id: 'c', text: 'Ready' },
    ]);
  });

  it('reads every quiz in the lesson, wherever it is, and ignores comments inside them', () => {
    const mdx = `<Quiz id="first">
  {/* the easy one */}
  <TrueFalse id="a" prompt="P" answer />
</Quiz>

<details>
<summary>More</summary>

<Quiz id="second">
  <TrueFalse id="b" prompt="P" answer={false} />
</Quiz>

</details>
`;
    const { quizzes, problems } = quizzesIn(mdx);
    expect(problems).toEqual([]);
    expect(quizzes.map((quiz) => quiz.id)).toEqual(['first', 'second']);
  });
});

const BOUNDARIES_QUIZ: QuizDefinition = {
  id: 'boundaries-check',
  lessonId: 'boundaries',
  title: 'Check your understanding',
  counts: true,
  passMark: 75,
  items: [
    {
      kind: 'single',
      id: 'what-peer-support-is',
      prompt: 'Which sentence describes peer support best?',
      hint: 'Think about who is the expert.',
      feedback: 'Peer support rests on shared experience.',
      attempts: 2,
      revealAfter: 1,
      weight: 2,
      shuffle: true,
      options: [
        { id: 'mutual', text: 'Two people with lived experience support each other.', correct: true, feedback: 'Yes: both of you bring experience.' },
        { id: 'b', text: 'A volunteer gives advice.', correct: false, feedback: 'Advice puts one person above the other.' },
      ],
    },
    {
      kind: 'multiple',
      id: 'safe-limits',
      prompt: 'Which of these are limits worth naming?',
      weight: 1,
      shuffle: false,
      options: [
        { id: 'a', text: 'How often you can meet', correct: true },
        { id: 'b', text: 'Topics you cannot take on', correct: true },
        { id: 'c', text: 'Your favourite colour', correct: false },
      ],
    },
    {
      kind: 'true-false',
      id: 'crisis-service',
      prompt: 'Peer support is a crisis service.',
      weight: 1,
      answer: false,
      trueFeedback: "It is not: use the organisation's route.",
      falseFeedback: "Right: use the organisation's route.",
    },
    {
      kind: 'fill-in',
      id: 'name-the-route',
      prompt: 'Who do you call when someone is in danger right now?',
      weight: 1,
      accepted: ['emergency services', '112'],
      maxLength: 30,
    },
    {
      kind: 'matching',
      id: 'match-limits',
      prompt: 'Match each situation with a response.',
      weight: 1,
      pairs: [
        { id: 'late', left: 'A call after midnight', right: 'Agree a time that works for both' },
        { id: 'b', left: 'A request for money', right: 'Say it is outside your role' },
      ],
    },
    {
      kind: 'sequencing',
      id: 'order-steps',
      prompt: 'Put the steps in order.',
      weight: 1,
      steps: [
        { id: 'a', text: 'Listen' },
        { id: 'b', text: 'Check what they need' },
        { id: 'c', text: 'Point to support' },
      ],
    },
    {
      kind: 'bank',
      id: 'boundary-scenarios',
      draw: 1,
      questions: [
        { kind: 'true-false', id: 'say-no', prompt: 'Saying no can protect the relationship.', weight: 1, answer: true },
        {
          kind: 'single',
          id: 'too-much',
          prompt: 'Someone shares more than you can hold. What helps?',
          weight: 1,
          shuffle: false,
          options: [
            { id: 'a', text: 'Say so kindly and point to support', correct: true },
            { id: 'b', text: 'Keep listening however you feel', correct: false },
          ],
        },
      ],
    },
    {
      kind: 'likert',
      id: 'ready-to-name-limits',
      prompt: 'How ready do I feel to name my limits?',
      weight: 0,
      scale: [
        { id: 'a', text: 'Not at all' },
        { id: 'b', text: 'A little' },
        { id: 'c', text: 'Somewhat' },
        { id: 'd', text: 'Mostly' },
        { id: 'e', text: 'Completely' },
      ],
    },
  ],
  bands: [
    { min: 0, text: 'Have another look at the lesson when you are ready.' },
    { min: 75, text: 'You know your limits well.' },
  ],
};
