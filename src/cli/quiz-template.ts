import { SCAFFOLD_WORDS, type CourseLanguage } from './scaffold-words';

export interface QuizTemplateInput {
  quizId: string;
  /** Two question ids, unique in the course. */
  questionIds: readonly [string, string];
  counts: boolean;
  language: CourseLanguage;
}

/** A knowledge check to append to a lesson: builds as it is, every attribute shown and explained. */
export function renderQuiz({ quizId, questionIds: [choiceId, trueFalseId], counts, language }: QuizTemplateInput): string {
  const words = SCAFFOLD_WORDS[language];
  const countsAttribute = counts ? ' counts' : '';
  return `
## ${words.quizTitle}

{/* A knowledge check (README "Knowledge checks" lists every question type).
    Quiz: id (stable, unique in the course: saved answers key on it), title, counts (without it the
    check is practice and adds nothing to the score), passMark (0–100, default: the course's).
    Every question: id (stable, unique in the course), prompt, hint, feedback (after every check),
    attempts (default unlimited), revealAfter (checks before "Show the answer"), weight (default 1).
    Option: id (stable; default a, b, c… in order), correct, feedback. */}
<Quiz id="${quizId}" title="${words.quizTitle}"${countsAttribute}>
  <SingleChoice id="${choiceId}" prompt="${words.questionPrompt}" hint="${words.hint}" attempts={2} revealAfter={1} weight={1}>
    <Option id="right" correct feedback="${words.rightFeedback}">${words.rightOption}</Option>
    <Option id="other" feedback="${words.otherFeedback}">${words.otherOption}</Option>
  </SingleChoice>
  <TrueFalse id="${trueFalseId}" prompt="${words.statement}" answer={true} trueFeedback="${words.trueFeedback}" falseFeedback="${words.falseFeedback}" />
</Quiz>
`;
}
