import type { AnswerBlock } from '../../core/quiz/question-view';
import { QuizIcon } from './QuizIcon';
import type { QuizLabels } from './quiz-labels';
import { showText } from './view-text';

/** The right answer in words, after the learner asked for it or ran out of checks. */
export function RevealedAnswer({ blocks, labels }: { blocks: readonly AnswerBlock[]; labels: QuizLabels }) {
  return (
    <div className="quiz-answer">
      <p className="quiz-feedback-heading">
        <QuizIcon name="answer" />
        <strong>{labels['quiz.answerHeading']}</strong>
      </p>
      {blocks.map((block, index) => {
        // Blocks never move: their position is a stable key.
        const key = `block-${index}`;
        if ('paragraph' in block) return <p key={key}>{showText(block.paragraph, labels)}</p>;
        const items = block.list.map((item, at) => <li key={`item-${at}`}>{showText(item, labels)}</li>);
        return block.ordered ? <ol key={key}>{items}</ol> : <ul key={key}>{items}</ul>;
      })}
    </div>
  );
}
