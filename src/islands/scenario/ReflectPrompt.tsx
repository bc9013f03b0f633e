import { useEffect, useState } from 'react';
import type { ReflectionContext, ReflectionStore } from '../../runtime/reflections/reflection-store';
import { ScenarioIcon } from './ScenarioIcon';
import type { ScenarioLabels } from './scenario-labels';

interface ReflectPromptProps {
  prompt: string;
  /** Key of this prompt's reflection in the device's store. */
  reflectionId: string;
  /** Where the prompt was asked, kept with the text so an export reads on its own. */
  place: string;
  store: ReflectionStore;
  labels: ScenarioLabels;
  idPrefix: string;
}

/**
 * An optional "Pause and reflect" prompt. The text is saved as it is typed, in this browser only:
 * it never reaches the player's state, the course tracker or the LMS.
 */
export function ReflectPrompt({ prompt, reflectionId, place, store, labels, idPrefix }: ReflectPromptProps) {
  const [text, setText] = useState('');
  const [kept, setKept] = useState(true);
  const ids = { heading: `${idPrefix}--reflect`, field: `${idPrefix}--reflect-text`, help: `${idPrefix}--reflect-help`, lost: `${idPrefix}--reflect-lost` };

  // Read after the first render: the page was rendered without the learner's device, and must hydrate as it was.
  useEffect(() => setText(store.read(reflectionId)), [store, reflectionId]);

  const change = (value: string) => {
    setText(value);
    const context: ReflectionContext = { prompt, place };
    setKept(store.save(reflectionId, value, context));
  };

  return (
    <section className="scenario-reflect" aria-labelledby={ids.heading}>
      <h4 id={ids.heading} className="scenario-reflect-heading">
        <ScenarioIcon name="reflect" />
        {labels['scenario.reflectHeading']}
      </h4>
      <p>{prompt}</p>
      <label htmlFor={ids.field}>{labels['scenario.reflectLabel']}</label>
      <p id={ids.help} className="scenario-help">{labels['scenario.reflectHelp']}</p>
      <textarea
        id={ids.field}
        rows={4}
        value={text}
        aria-describedby={kept ? ids.help : `${ids.help} ${ids.lost}`}
        onChange={(event) => change(event.target.value)}
      />
      {!kept && <p id={ids.lost} className="scenario-notice">{labels['scenario.reflectNotKept']}</p>}
    </section>
  );
}
