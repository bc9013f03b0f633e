import type { PlayState, ScenarioDefinition } from '../../core/scenario/scenario-definition';
import type { ScoreRange } from '../../core/scenario/score-ranges';
import { describeDimension } from './dimension-results';
import { ScenarioIcon } from './ScenarioIcon';
import { fillLabel, type ScenarioLabels } from './scenario-labels';

interface EndingDebriefProps {
  scenario: ScenarioDefinition;
  play: PlayState;
  endingsReached: readonly string[];
  /** Each dimension's scale over every ending (see overallRanges). */
  ranges: ReadonlyMap<string, ScoreRange>;
  labels: ScenarioLabels;
  language: string;
  idPrefix: string;
  onTryAnother: () => void;
}

/**
 * After the author's debrief: the play's points by dimension in plain words (no judgement), the
 * endings found so far, and an invitation to try another path.
 */
export function EndingDebrief({ scenario, play, endingsReached, ranges, labels, language, idPrefix, onTryAnother }: EndingDebriefProps) {
  const endings = scenario.scenes.filter((scene) => scene.kind === 'ending');
  const found = endings.filter((ending) => endingsReached.includes(ending.id));
  const dimensions = [...new Set(scenario.dimensions)];
  const headingId = `${idPrefix}--debrief`;
  const foundText = fillLabel(labels[endings.length === 1 ? 'scenario.endingsFoundOne' : 'scenario.endingsFound'], {
    found: found.length,
    total: endings.length,
  });
  return (
    <section className="scenario-debrief" aria-labelledby={dimensions.length > 0 ? headingId : undefined}>
      {dimensions.length > 0 && (
        <>
          <h4 id={headingId}>{labels['scenario.debriefHeading']}</h4>
          <ul className="scenario-dimensions">
            {dimensions.map((dimension) => (
              <li key={dimension} data-dimension={dimension}>
                {describeDimension({ dimension, points: play.scores[dimension] ?? 0, range: ranges.get(dimension), names: scenario.dimensionNames }, labels, language)}
              </li>
            ))}
          </ul>
          <p className="scenario-help">{labels['scenario.debriefNote']}</p>
        </>
      )}
      <p className="scenario-found">
        <ScenarioIcon name="found" />
        <span>{foundText}</span>
      </p>
      {found.length > 0 && (
        <>
          <p className="scenario-found-heading">{labels['scenario.endingsFoundList']}</p>
          <ul className="scenario-found-list">
            {found.map((ending) => <li key={ending.id}>{ending.title ?? ending.id}</li>)}
          </ul>
        </>
      )}
      <p>{labels['scenario.tryAnotherInvite']}</p>
      <button type="button" className="primary scenario-try-another" onClick={onTryAnother}>
        <ScenarioIcon name="restart" />
        {labels['scenario.tryAnother']}
      </button>
    </section>
  );
}
