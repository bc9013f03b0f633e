import { useMemo } from 'react';
import { shownQuestions } from '../core/quiz/learner-draw';
import type { QuizDefinition } from '../core/quiz/quiz-definition';
import type { Language } from '../i18n/strings';
import { QuestionCard } from './quiz/QuestionCard';
import type { QuizLabels } from './quiz/quiz-labels';
import { QuizSummary } from './quiz/QuizSummary';
import { useQuizSession } from './quiz/use-quiz-session';

export interface QuizIslandProps {
  quiz: QuizDefinition;
  /** Every "quiz.*" string, translated, placeholders left in. */
  labels: QuizLabels;
  courseId: string;
  language: Language;
}

/**
 * A knowledge check: every question the learner is shown, each checked on its own, and a summary.
 * Rendered on the server with seed 0 and no answers; once the course tracker is connected it
 * switches to the learner's own draw and restores their saved answers and feedback.
 */
export function QuizIsland({ quiz, labels, courseId, language }: QuizIslandProps) {
  const { ready, saving, seed, states, save } = useQuizSession(quiz.items);
  const questions = useMemo(() => shownQuestions(seed, quiz.items), [seed, quiz.items]);
  const idPrefix = `quiz--${quiz.id}`;
  return (
    <div className="quiz-body">
      {!saving && <p className="quiz-notice" role="status">{labels['quiz.notSaved']}</p>}
      {questions.map((question, index) => (
        <QuestionCard
          // Remounted once the saved answers arrive, so each card starts from the learner's own answer.
          key={`${question.id}:${ready ? 'ready' : 'loading'}`}
          question={question}
          number={index + 1}
          total={questions.length}
          seed={seed}
          state={states[question.id]}
          ready={ready}
          courseId={courseId}
          quizId={quiz.id}
          labels={labels}
          language={language}
          idPrefix={`${idPrefix}--${question.id}`}
          onSave={save}
        />
      ))}
      <QuizSummary quiz={quiz} questions={questions} states={states} labels={labels} language={language} idPrefix={idPrefix} />
    </div>
  );
}

export default QuizIsland;
