import { scoreQuiz } from '../../core/quiz/quiz-score';
import type { Question, QuizDefinition } from '../../core/quiz/quiz-definition';
import type { QuestionState } from '../../core/quiz/question-state';
import { QuizIcon } from './QuizIcon';
import { fillLabel, type QuizLabels } from './quiz-labels';

interface QuizSummaryProps {
  quiz: QuizDefinition;
  questions: readonly Question[];
  states: Readonly<Record<string, QuestionState>>;
  labels: QuizLabels;
  /** BCP 47 language for numbers. */
  language: string;
  idPrefix: string;
}

/** How far the learner is, in words: answered count, then score, pass mark and band feedback once complete. */
export function QuizSummary({ quiz, questions, states, labels, language, idPrefix }: QuizSummaryProps) {
  const result = scoreQuiz(questions, (id) => states[id], { passMark: quiz.passMark, bands: quiz.bands });
  const number = new Intl.NumberFormat(language, { maximumFractionDigits: 2 });
  const scored = (quiz.counts || quiz.passMark !== undefined || quiz.bands.length > 0) && result.percent !== undefined;
  const headingId = `${idPrefix}--summary`;
  return (
    <section className="quiz-summary" aria-labelledby={headingId}>
      <h3 id={headingId}>{labels['quiz.summaryHeading']}</h3>
      <p>{fillLabel(labels['quiz.answeredCount'], { answered: result.answered, total: result.total })}</p>
      {scored && !result.complete && <p>{labels['quiz.scoreLater']}</p>}
      {scored && result.complete && (
        <p className="quiz-score">
          {fillLabel(labels['quiz.score'], {
            points: number.format(result.points),
            max: number.format(result.maxPoints),
            percent: number.format(result.percent ?? 0),
          })}
        </p>
      )}
      {result.complete && quiz.passMark !== undefined && result.passed !== undefined && (
        <p className="quiz-pass">
          <QuizIcon name={result.passed ? 'passed' : 'not-passed'} />
          {fillLabel(labels[result.passed ? 'quiz.passMet' : 'quiz.passNotMet'], { passMark: number.format(quiz.passMark) })}
        </p>
      )}
      {result.band && <p className="quiz-band">{result.band.text}</p>}
      {!quiz.counts && <p>{labels['quiz.practiceSummary']}</p>}
    </section>
  );
}
