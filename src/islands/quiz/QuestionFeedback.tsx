import { isSettled } from '../../core/quiz/question-progress';
import type { QuestionBase } from '../../core/quiz/question-kind';
import { questionKinds } from '../../core/quiz/question-kinds';
import type { QuestionState } from '../../core/quiz/question-state';
import type { Language } from '../../i18n/strings';
import { QuizIcon } from './QuizIcon';
import type { QuizLabels } from './quiz-labels';
import { RevealedAnswer } from './RevealedAnswer';
import { showText } from './view-text';

interface QuestionFeedbackProps {
  question: QuestionBase;
  state: QuestionState | undefined;
  labels: QuizLabels;
  language: Language;
}

/**
 * Feedback on the latest checked answer: a calm heading with an icon (never colour alone), the
 * author's words for what was chosen, the general feedback, and the answer once it is shown.
 */
export function QuestionFeedback({ question, state, labels, language }: QuestionFeedbackProps) {
  if (!state || (state.attempts === 0 && !state.revealed)) return null;
  const kind = questionKinds.of(question);
  if (!kind.scored) {
    return (
      <div className="quiz-feedback quiz-feedback-saved">
        <p className="quiz-feedback-heading"><QuizIcon name="saved" /><strong>{labels['quiz.saved']}</strong></p>
        {question.feedback && <p>{question.feedback}</p>}
      </div>
    );
  }
  const checked = state.attempts > 0;
  const explanations = checked && state.response?.kind === question.kind ? kind.view.explain?.(question, state.response, state.correct) ?? [] : [];
  const heading = state.correct ? labels['quiz.fits'] : labels[explanations.length > 0 ? 'quiz.notQuiteExplained' : 'quiz.notQuite'];
  const tone = !checked ? 'quiz-feedback-answer' : state.correct ? 'quiz-feedback-fits' : 'quiz-feedback-not-quite';
  return (
    <div className={`quiz-feedback ${tone}`}>
      {checked && (
        <p className="quiz-feedback-heading">
          <QuizIcon name={state.correct ? 'fits' : 'not-quite'} />
          <strong>{heading}</strong>
        </p>
      )}
      {explanations.length > 0 && (
        <ul className="quiz-explanations">
          {explanations.map((explanation) => (
            <li key={explanation.key}>
              {explanation.about && <strong>{showText(explanation.about, labels)} </strong>}
              {showText(explanation.text, labels)}
            </li>
          ))}
        </ul>
      )}
      {checked && question.feedback && <p>{question.feedback}</p>}
      {checked && !state.correct && !isSettled(question, state) && <p>{labels['quiz.tryAgain']}</p>}
      {state.revealed && !state.correct && <RevealedAnswer blocks={kind.view.answer?.(question, language) ?? []} labels={labels} />}
    </div>
  );
}
