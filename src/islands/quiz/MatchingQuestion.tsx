import type { MatchingQuestion as Matching } from '../../core/quiz/quiz-definition';
import { inShownOrder, type QuestionControlsProps } from './question-controls-props';

/** Each left item gets a native select listing the rights in this learner's order. */
export function MatchingQuestion({ question, order, response, onChange, locked, labels, idPrefix }: QuestionControlsProps<Matching>) {
  const matches = new Map(response?.kind === 'matching' ? response.matches : []);
  const rights = inShownOrder(question.pairs, order.rights);
  const choose = (leftId: string, rightId: string) => {
    const next = new Map(matches);
    if (rightId) next.set(leftId, rightId);
    else next.delete(leftId);
    onChange({
      kind: 'matching',
      matches: question.pairs.flatMap((pair): [string, string][] => {
        const right = next.get(pair.id);
        return right ? [[pair.id, right]] : [];
      }),
    });
  };
  return (
    <div className="quiz-matches">
      {question.pairs.map((pair) => {
        const id = `${idPrefix}--${pair.id}`;
        return (
          <div className="quiz-match" key={pair.id}>
            <label htmlFor={id}>{pair.left}</label>
            <select id={id} value={matches.get(pair.id) ?? ''} disabled={locked} onChange={(event) => choose(pair.id, event.currentTarget.value)}>
              <option value="">{labels['quiz.matchChoose']}</option>
              {rights.map((right) => <option key={right.id} value={right.id}>{right.right}</option>)}
            </select>
          </div>
        );
      })}
    </div>
  );
}
