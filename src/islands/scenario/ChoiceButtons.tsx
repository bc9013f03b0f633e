import type { ChoiceDef } from '../../core/scenario/scenario-definition';
import type { ScenarioLabels } from './scenario-labels';

interface ChoiceButtonsProps {
  choices: readonly ChoiceDef[];
  /** Saved progress is loaded; until then a choice would be lost, so it is explained instead of taken. */
  ready: boolean;
  labels: ScenarioLabels;
  idPrefix: string;
  onChoose: (choiceId: string) => void;
}

/** What the learner may do now: one button per choice whose conditions hold, in the author's order. */
export function ChoiceButtons({ choices, ready, labels, idPrefix, onChoose }: ChoiceButtonsProps) {
  const headingId = `${idPrefix}--choices`;
  const waitingId = `${idPrefix}--waiting`;
  return (
    <div className="scenario-choices" role="group" aria-labelledby={headingId}>
      <p id={headingId} className="scenario-choices-heading">{labels['scenario.choicesHeading']}</p>
      {!ready && <p id={waitingId} className="scenario-help">{labels['scenario.waiting']}</p>}
      <ul>
        {choices.map((choice) => (
          <li key={choice.id}>
            <button
              type="button"
              className="scenario-choice"
              data-choice-id={choice.id}
              aria-disabled={ready ? undefined : true}
              aria-describedby={ready ? undefined : waitingId}
              onClick={() => ready && onChoose(choice.id)}
            >
              {choice.text}
            </button>
          </li>
        ))}
      </ul>
    </div>
  );
}
