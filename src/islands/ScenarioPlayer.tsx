import { useMemo, useState } from 'react';
import type { ScenarioDefinition } from '../core/scenario/scenario-definition';
import { availableChoices } from '../core/scenario/scenario-play';
import { findScene } from '../core/scenario/scene-index';
import type { ScoreRanges } from '../core/scenario/score-ranges';
import type { Language } from '../i18n/strings';
import { openReflectionStore, reflectionIdFor } from '../runtime/reflections/reflection-store';
import { CastList } from './scenario/CastList';
import { ChoiceButtons } from './scenario/ChoiceButtons';
import { ChoiceFeedback } from './scenario/ChoiceFeedback';
import { overallRanges } from './scenario/dimension-results';
import { EndingDebrief } from './scenario/EndingDebrief';
import { NarrativeBlocks } from './scenario/NarrativeBlocks';
import { ReflectionTools } from './scenario/ReflectionTools';
import { ReflectPrompt } from './scenario/ReflectPrompt';
import { ScenarioIcon } from './scenario/ScenarioIcon';
import { fillLabel, type ScenarioLabels } from './scenario/scenario-labels';
import { useScenarioPlayer } from './scenario/use-scenario-player';
import { useScenarioSession } from './scenario/use-scenario-session';

export interface ScenarioPlayerProps {
  scenario: ScenarioDefinition;
  /** Every "scenario.*" string, translated, placeholders left in. */
  labels: ScenarioLabels;
  courseId: string;
  language: Language;
  /** scoreRanges(scenario), worked out by the build: the scale each dimension's points are told on. */
  scoreRanges?: ScoreRanges;
}

/**
 * A branching role-play: the cast, then one scene at a time with its choices; after a choice the
 * author's feedback and "Continue"; at an ending the debrief by dimension and an invitation to try
 * another path. "Back one step" and "Start again" are there throughout. Rendered on the server at
 * the start scene; once the course tracker is connected it moves to the learner's saved place.
 */
export function ScenarioPlayer({ scenario, labels, courseId, language, scoreRanges }: ScenarioPlayerProps) {
  const connection = useScenarioSession(scenario.id);
  const player = useScenarioPlayer(scenario, courseId, connection, labels);
  const store = useMemo(() => openReflectionStore(), []);
  const [reflectionsVersion, setReflectionsVersion] = useState(0);
  const ranges = useMemo(() => overallRanges(scoreRanges, scenario.dimensions), [scoreRanges, scenario.dimensions]);
  const { progress } = player;
  const idPrefix = `scenario--${scenario.id}`;
  const scene = findScene(scenario, progress.feedback?.fromSceneId ?? progress.play.sceneId);
  const atStart = progress.play.path.length === 0 && !progress.feedback;
  const hasReflect = scenario.scenes.some((candidate) => candidate.reflect);
  if (!scene) return null;

  return (
    <div className="scenario-player">
      {!connection.saving && (
        <p className="scenario-notice" role="status">
          <ScenarioIcon name="notice" />
          <span>{labels['scenario.notSaved']}</span>
        </p>
      )}
      <CastList characters={scenario.characters} labels={labels} idPrefix={idPrefix} />
      <section className={`scenario-stage scenario-stage-${scene.kind}`} aria-labelledby={`${idPrefix}--heading`} data-scene-id={scene.id}>
        <h3 id={`${idPrefix}--heading`} ref={player.headingRef} tabIndex={-1} className="scenario-heading">
          {scene.kind === 'ending' && <ScenarioIcon name="ending" />}
          {player.heading}
        </h3>
        {scene.setting && (
          <p className="scenario-setting">
            <ScenarioIcon name="setting" />
            <span><span className="scenario-setting-label">{labels['scenario.setting']}</span> {scene.setting}</span>
          </p>
        )}
        <NarrativeBlocks blocks={scene.blocks} characters={scenario.characters} labels={labels} />
        {scene.reflect && (
          <ReflectPrompt
            key={`${scene.id}:${reflectionsVersion}`}
            prompt={scene.reflect}
            reflectionId={reflectionIdFor(courseId, scenario.id, scene.id)}
            place={fillLabel(labels['scenario.reflectionPlace'], { scenario: scenario.title, scene: scene.title ?? scene.setting ?? scene.id })}
            store={store}
            labels={labels}
            idPrefix={`${idPrefix}--${scene.id}`}
          />
        )}
        {scene.kind === 'ending' ? (
          <EndingDebrief
            scenario={scenario}
            play={progress.play}
            endingsReached={progress.endingsReached}
            ranges={ranges}
            labels={labels}
            language={language}
            idPrefix={idPrefix}
            onTryAnother={player.startAgain}
          />
        ) : progress.feedback ? (
          <ChoiceFeedback choice={progress.feedback.choice} labels={labels} headingRef={player.feedbackRef} idPrefix={idPrefix} onContinue={player.continueOn} />
        ) : (
          <ChoiceButtons choices={availableChoices(scenario, progress.play)} ready={connection.ready} labels={labels} idPrefix={idPrefix} onChoose={player.choose} />
        )}
      </section>
      <div className="scenario-controls" role="group" aria-label={labels['scenario.controls']}>
        <button type="button" disabled={atStart || !connection.ready} onClick={player.goBack}>
          <ScenarioIcon name="back" />
          {labels['scenario.back']}
        </button>
        <button type="button" disabled={atStart || !connection.ready} onClick={player.startAgain}>
          <ScenarioIcon name="restart" />
          {labels['scenario.startAgain']}
        </button>
      </div>
      {hasReflect && (
        <ReflectionTools store={store} labels={labels} idPrefix={idPrefix} onDeleted={() => setReflectionsVersion((version) => version + 1)} />
      )}
      <div className="visually-hidden" role="status">
        {player.announcement && <p key={player.announcement.count}>{player.announcement.text}</p>}
      </div>
    </div>
  );
}

export default ScenarioPlayer;
