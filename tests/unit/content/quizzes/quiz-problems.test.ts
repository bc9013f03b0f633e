import { describe, expect, it } from 'vitest';
import { formatProblems } from '../../../../src/content/checks/problem';
import { extractLessonQuizzes } from '../../../support/lesson-elements';

/** What the build would tell the author about one lesson's quizzes (lines count from the first line given). */
function messageFor(mdx: string): string {
  const { problems } = extractLessonQuizzes(mdx, { lessonId: 'welcome', file: 'courses/mini/welcome.mdx', language: 'en' });
  return problems.length === 0 ? 'no problems' : formatProblems(problems);
}

const quiz = (inside: string) => `<Quiz id="check">\n${inside}\n</Quiz>\n`;
const options = (count: number) => Array.from({ length: count }, (_, index) => `<Option${index === 0 ? ' correct' : ''}>Answer ${index + 1}</Option>`).join('\n');

describe('quiz problems an author can make in one lesson', () => {
  it('explains attributes that are code rather than plain values', () => {
    expect(messageFor(quiz('<TrueFalse id="t" prompt="P" {...defaults} answer={isTrue} weight={`2`} />'))).toMatchInlineSnapshot(`
      "The courses have 3 problems to fix before they can be built.

      courses/mini/welcome.mdx:2:1 (question "t")
        \`<TrueFalse>\` has \`{...defaults}\`, which peerpath cannot read: quiz attributes take plain values only.
        Fix: Write each attribute out, e.g. \`id="…"\`.

      courses/mini/welcome.mdx:2:1 (question "t")
        The \`answer\` of \`<TrueFalse>\` is \`{isTrue}\`, which peerpath cannot read: quiz attributes take plain values only.
        Fix: Write the value itself, e.g. \`answer={true}\` or \`answer={false}\`: a number, \`true\` or \`false\`, or text in double quotes.

      courses/mini/welcome.mdx:2:1 (question "t")
        The \`weight\` of \`<TrueFalse>\` is \`{\`2\`}\`, which peerpath cannot read: quiz attributes take plain values only.
        Fix: Write the value itself, e.g. \`weight={1}\`: a number, \`true\` or \`false\`, or text in double quotes."
    `);
  });

  it('explains an attribute written without its value, and numbers or ids written the wrong way', () => {
    expect(messageFor(quiz('<SingleChoice id="Pick One" prompt weight="2" revealAfter={-1}>\n' + options(2) + '\n</SingleChoice>'))).toMatchInlineSnapshot(`
      "The courses have 4 problems to fix before they can be built.

      courses/mini/welcome.mdx:2:1 (question "Pick One")
        The \`id\` of \`<SingleChoice>\` is "Pick One", which is not a valid id.
        Fix: Use lowercase letters, digits and single dashes, e.g. "what-peer-support-is". Try "pick-one".

      courses/mini/welcome.mdx:2:1 (question "Pick One")
        The \`prompt\` of \`<SingleChoice>\` has no value.
        Fix: Write it with its text: \`prompt="…"\`.

      courses/mini/welcome.mdx:2:1 (question "Pick One")
        The \`revealAfter\` of \`<SingleChoice>\` must be at least 0, but it is -1.
        Fix: Change it to a whole number of at least 0.

      courses/mini/welcome.mdx:2:1 (question "Pick One")
        The \`weight\` of \`<SingleChoice>\` must be a number, but it is "2".
        Fix: Write the number in curly braces, without quotes: \`weight={2}\`."
    `);
  });

  it('suggests an id made from the prompt when the id is missing', () => {
    expect(messageFor(quiz('<TrueFalse prompt="Peer support is a crisis service, always." answer={false} />'))).toMatchInlineSnapshot(`
      "The courses have 1 problem to fix before they can be built.

      courses/mini/welcome.mdx:2:1 (lesson "welcome")
        \`<TrueFalse>\` has no \`id\`.
        Fix: Add an id of your own, e.g. \`id="peer-support-is-a-crisis"\`. Saved progress is keyed on it, so keep it once learners have started."
    `);
  });

  it('keeps fill-in answers to what a learning platform records', () => {
    expect(messageFor(quiz('<FillIn id="f" prompt="P" maxLength={300}>\n<Accept>a</Accept>\n</FillIn>'))).toMatchInlineSnapshot(`
      "The courses have 1 problem to fix before they can be built.

      courses/mini/welcome.mdx:2:1 (question "f")
        The \`maxLength\` of \`<FillIn>\` must be at most 250, but it is 300.
        Fix: Keep \`maxLength\` to 250 or fewer: learning platforms keep no more of an answer."
    `);
  });

  it('reports attributes on elements that take none, and code inside option text', () => {
    expect(messageFor(quiz('<FillIn id="f" prompt="P">\n<Accept correct>a</Accept>\n</FillIn>\n<SingleChoice id="s" prompt="P">\n<Option correct>Call {name}</Option>\n<Option>B</Option>\n</SingleChoice>'))).toMatchInlineSnapshot(`
      "The courses have 2 problems to fix before they can be built.

      courses/mini/welcome.mdx:3:1 (question "f")
        \`<Accept>\` has the attribute \`correct\`, which peerpath does not know.
        Fix: Remove it: \`<Accept>\` takes no attributes.

      courses/mini/welcome.mdx:6:1 (question "s")
        The text of \`<Option>\` holds \`{name}\`, which peerpath cannot read: quiz text is plain text.
        Fix: Write the text itself. To show a curly brace, write \`\\{\` or \`\\}\`."
    `);
  });

  it('reports text where it would not be shown: inside a pair or a true-false', () => {
    expect(messageFor(quiz('<Matching id="m" prompt="P">\n<Pair left="a" right="b">c</Pair>\n<Pair left="d" right="e" />\n</Matching>\n<TrueFalse id="t" prompt="P" answer>\nTrue, mostly.\n</TrueFalse>'))).toMatchInlineSnapshot(`
      "The courses have 2 problems to fix before they can be built.

      courses/mini/welcome.mdx:3:1 (question "m")
        \`<Pair>\` holds the text "c", which learners would not see.
        Fix: \`<Pair>\` holds nothing: end it with \`/>\`. Write the two sides as \`left="…"\` and \`right="…"\`.

      courses/mini/welcome.mdx:7:1 (question "t")
        \`<TrueFalse>\` holds the text "True, mostly.", which learners would not see.
        Fix: \`<TrueFalse>\` holds nothing: end it with \`/>\`. Write the question itself in \`prompt="…"\`, and anything else before or after the quiz."
    `);
  });

  it('reports too few options, steps or levels to answer with', () => {
    expect(messageFor(quiz('<MultipleResponse id="m" prompt="P">\n<Option correct>A</Option>\n</MultipleResponse>\n<Sequencing id="s" prompt="P" />\n<Likert id="l" prompt="P">\n<Level>Only</Level>\n</Likert>'))).toMatchInlineSnapshot(`
      "The courses have 3 problems to fix before they can be built.

      courses/mini/welcome.mdx:2:1 (question "m")
        \`<MultipleResponse>\` has 1 option, but it needs at least 2.
        Fix: Add options inside it, each as \`<Option>…</Option>\`.

      courses/mini/welcome.mdx:5:1 (question "s")
        \`<Sequencing>\` has no steps, but it needs at least 2.
        Fix: Add steps inside it, each as \`<Step>…</Step>\`.

      courses/mini/welcome.mdx:6:1 (question "l")
        \`<Likert>\` has 1 level, but it needs at least 2.
        Fix: Add levels inside it, each as \`<Level>…</Level>\`, or remove the levels to use the default five."
    `);
  });

  it('reports an option id used twice, including one given by position', () => {
    expect(messageFor(quiz('<SingleChoice id="s" prompt="P">\n<Option correct>A</Option>\n<Option id="a">B</Option>\n</SingleChoice>'))).toMatchInlineSnapshot(`
      "The courses have 1 problem to fix before they can be built.

      courses/mini/welcome.mdx:4:1 (question "s")
        The option id "a" is already used by the option on line 3 in this question.
        Fix: Give each \`<Option>\` its own \`id\`. One written without an \`id\` is named by its position: a, b, c…."
    `);
  });

  it('allows 36 options and no more, since SCORM 1.2 records each as one character', () => {
    expect(messageFor(quiz(`<SingleChoice id="s" prompt="P">\n${options(36)}\n</SingleChoice>`))).toBe('no problems');
    expect(messageFor(quiz(`<Sequencing id="s" prompt="P">\n${Array.from({ length: 37 }, (_, index) => `<Step>${index}</Step>`).join('\n')}\n</Sequencing>`))).toMatchInlineSnapshot(`
      "The courses have 1 problem to fix before they can be built.

      courses/mini/welcome.mdx:2:1 (question "s")
        \`<Sequencing>\` has 37 steps, more than the 36 a learning platform can record.
        Fix: Keep to 36 steps or fewer (SCORM 1.2 records each as one character, 0–9 or a–z), or split the question in two."
    `);
  });

  it('leaves unknown components inside a quiz to the lesson component check', () => {
    expect(messageFor(quiz('<Flashcard front="a" back="b" />\n<TrueFalse id="t" prompt="P" answer />'))).toBe('no problems');
  });

  it('reports HTML and headings inside a quiz, which the quiz would not show', () => {
    expect(messageFor(quiz('## Questions\n\n<div>Extra</div>\n<TrueFalse id="t" prompt="P" answer />'))).toMatchInlineSnapshot(`
      "The courses have 2 problems to fix before they can be built.

      courses/mini/welcome.mdx:2:1 (quiz "check")
        \`<Quiz>\` holds a heading, which learners would not see.
        Fix: \`<Quiz>\` holds only questions, \`<Bank>\` and \`<ScoreBand>\`. Move it before or after the quiz, or into a question's \`prompt\`, \`hint\` or \`feedback\`.

      courses/mini/welcome.mdx:4:1 (quiz "check")
        \`<div>\` does not belong in \`<Quiz>\`, so learners would never see it.
        Fix: Put it before or after the \`<Quiz>\`. \`<Quiz>\` holds only questions, \`<Bank>\` and \`<ScoreBand>\`."
    `);
  });
});
