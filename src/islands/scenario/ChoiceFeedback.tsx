import type { Ref } from 'react';
import type { ChoiceDef } from '../../core/scenario/scenario-definition';
import { ScenarioIcon } from './ScenarioIcon';
import type { ScenarioLabels } from './scenario-labels';

interface ChoiceFeedbackProps {
  choice: ChoiceDef;
  labels: ScenarioLabels;
  headingRef: Ref<HTMLHeadingElement>;
  idPrefix: string;
  onContinue: () => void;
}

/** The author's feedback on the choice just taken (what it protects, may cost, what else could work), then "Continue". */
export function ChoiceFeedback({ choice, labels, headingRef, idPrefix, onContinue }: ChoiceFeedbackProps) {
  const headingId = `${idPrefix}--feedback`;
  const paragraphs = (choice.feedback ?? '').split(/\n\s*\n/).map((text) => text.trim()).filter(Boolean);
  return (
    <section className="scenario-feedback" aria-labelledby={headingId} data-feedback-for={choice.id}>
      <h4 id={headingId} ref={headingRef} tabIndex={-1} className="scenario-feedback-heading">
        <ScenarioIcon name="feedback" />
        {labels['scenario.feedbackHeading']}
      </h4>
      <p className="scenario-chosen">
        <span className="scenario-chosen-label">{labels['scenario.yourChoice']}</span> {choice.text}
      </p>
      {paragraphs.map((text, index) => <p key={index}>{text}</p>)}
      <button type="button" className="primary scenario-continue" onClick={onContinue}>
        {labels['scenario.continue']}
        <ScenarioIcon name="continue" />
      </button>
    </section>
  );
}
