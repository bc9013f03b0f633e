import { useEffect, useRef, useState } from 'react';
import { fillLabel } from '../quiz-labels';
import type { WidgetProps } from './widget-props';

type Direction = 'up' | 'down';

/**
 * An ordered list moved with "Move up" / "Move down" buttons: keyboard and pointer alike, no
 * dragging. Each move is announced, and focus stays with the moved item.
 */
export function OrderWidget({ view, onChange, locked, labels, idPrefix }: WidgetProps<'order'>) {
  const steps = view.items;
  const [announcement, setAnnouncement] = useState('');
  const buttons = useRef(new Map<string, HTMLButtonElement>());
  const focusAfterMove = useRef<string | undefined>(undefined);

  // Reordering moves the item's DOM node, which drops focus; put it back on the same item.
  useEffect(() => {
    const key = focusAfterMove.current;
    focusAfterMove.current = undefined;
    if (key) buttons.current.get(key)?.focus();
  });

  const move = (index: number, direction: Direction) => {
    const target = direction === 'up' ? index - 1 : index + 1;
    const step = steps[index];
    const other = steps[target];
    if (!step || !other) return;
    const next = steps.map((candidate) => candidate.id);
    next[index] = other.id;
    next[target] = step.id;
    // At either end the button just used no longer applies: go to the other one.
    const atEnd = target === 0 || target === steps.length - 1;
    focusAfterMove.current = `${step.id}:${atEnd ? (direction === 'up' ? 'down' : 'up') : direction}`;
    setAnnouncement(fillLabel(labels['quiz.moved'], { item: step.text, position: target + 1, total: steps.length }));
    onChange(view.reorder(next));
  };

  const button = (stepId: string, stepText: string, index: number, direction: Direction) => (
    <button
      type="button"
      className="quiz-move"
      ref={(element) => {
        if (element) buttons.current.set(`${stepId}:${direction}`, element);
        else buttons.current.delete(`${stepId}:${direction}`);
      }}
      disabled={direction === 'up' ? index === 0 : index === steps.length - 1}
      onClick={() => move(index, direction)}
    >
      {labels[direction === 'up' ? 'quiz.moveUp' : 'quiz.moveDown']}
      <span className="visually-hidden">: {stepText}</span>
    </button>
  );

  return (
    <div className="quiz-sequence">
      {!locked && <p className="quiz-help">{labels['quiz.sequenceHelp']}</p>}
      <ol className="quiz-steps">
        {steps.map((step, index) => (
          <li key={step.id} className="quiz-step">
            <span className="quiz-step-text">{step.text}</span>
            {!locked && steps.length > 1 && (
              <span className="quiz-step-buttons">
                {button(step.id, step.text, index, 'up')}
                {button(step.id, step.text, index, 'down')}
              </span>
            )}
          </li>
        ))}
      </ol>
      <p className="visually-hidden" aria-live="polite" id={`${idPrefix}--moves`}>{announcement}</p>
    </div>
  );
}
