import type { Question } from '../../core/quiz/quiz-definition';
import { QuizIcon } from './QuizIcon';
import { fillLabel, type QuizLabels } from './quiz-labels';

function AnswerBody({ question, labels }: { question: Question; labels: QuizLabels }) {
  switch (question.kind) {
    case 'single':
    case 'multiple': {
      const correct = question.options.filter((option) => option.correct);
      const [only, ...more] = correct;
      if (only && more.length === 0) return <p>{only.text}</p>;
      return <ul>{correct.map((option) => <li key={option.id}>{option.text}</li>)}</ul>;
    }
    case 'true-false':
      return <p>{labels[question.answer ? 'quiz.true' : 'quiz.false']}</p>;
    case 'fill-in': {
      const [first, ...others] = question.accepted;
      return (
        <>
          <p>{first}</p>
          {others.length > 0 && <p>{fillLabel(labels['quiz.alsoAccepted'], { answers: others.join(', ') })}</p>}
        </>
      );
    }
    case 'matching':
      return (
        <ul>
          {question.pairs.map((pair) => <li key={pair.id}>{fillLabel(labels['quiz.matchPair'], { left: pair.left, right: pair.right })}</li>)}
        </ul>
      );
    case 'sequencing':
      return <ol>{question.steps.map((step) => <li key={step.id}>{step.text}</li>)}</ol>;
    case 'likert':
      return null;
  }
}

/** The right answer in words, after the learner asked for it or ran out of checks. */
export function RevealedAnswer({ question, labels }: { question: Question; labels: QuizLabels }) {
  return (
    <div className="quiz-answer">
      <p className="quiz-feedback-heading">
        <QuizIcon name="answer" />
        <strong>{labels['quiz.answerHeading']}</strong>
      </p>
      <AnswerBody question={question} labels={labels} />
    </div>
  );
}
