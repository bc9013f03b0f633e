import type { ReactNode } from 'react';
import { fillLabel, type QuizLabels } from './quiz-labels';

interface QuestionFrameProps {
  prompt: string;
  /** Every control inside has a label of its own (selects, steps): the prompt labels a group, not a fieldset. */
  grouped: boolean;
  number: number;
  total: number;
  labels: QuizLabels;
  idPrefix: string;
  children: ReactNode;
}

/**
 * The prompt as the name of the answer controls: a fieldset legend for one group of inputs, or a
 * labelled group where every select or step already has a label of its own.
 */
export function QuestionFrame({ prompt: text, grouped, number, total, labels, idPrefix, children }: QuestionFrameProps) {
  const prompt = (
    <>
      <span className="quiz-number">{fillLabel(labels['quiz.questionNumber'], { number, total })}</span>{' '}
      <span className="quiz-prompt">{text}</span>
    </>
  );
  if (grouped) {
    const promptId = `${idPrefix}--prompt`;
    return (
      <div role="group" aria-labelledby={promptId} className="quiz-frame">
        <p id={promptId} className="quiz-legend">{prompt}</p>
        {children}
      </div>
    );
  }
  return (
    <fieldset className="quiz-frame">
      <legend className="quiz-legend">{prompt}</legend>
      {children}
    </fieldset>
  );
}
