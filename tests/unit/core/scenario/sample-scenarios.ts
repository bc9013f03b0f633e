import type { ParseResult } from '../../../../src/core/scenario/author-list';
import { parseConditions } from '../../../../src/core/scenario/condition';
import type { ChoiceDef, NarrativeBlock, ScenarioDefinition, SceneDef, VariableDef } from '../../../../src/core/scenario/scenario-definition';
import { parseScoreChanges } from '../../../../src/core/scenario/score-change';
import { parseVariableChanges } from '../../../../src/core/scenario/variable-change';

export function valueOf<T>(result: ParseResult<T>): T {
  if (!result.ok) throw new Error(result.problems.map((problem) => problem.message).join('; '));
  return result.value;
}

/** A choice written the way an author writes one: `when`, `scores` and `sets` as attribute text. */
export function choice(id: string, to: string, attributes: { when?: string; scores?: string; sets?: string; text?: string } = {}): ChoiceDef {
  return {
    id, to, text: attributes.text ?? `Choose ${id}`,
    when: valueOf(parseConditions(attributes.when ?? '')),
    scores: valueOf(parseScoreChanges(attributes.scores ?? '')),
    sets: valueOf(parseVariableChanges(attributes.sets ?? '')),
  };
}

export function scene(id: string, choices: ChoiceDef[], extra: { setting?: string; blocks?: NarrativeBlock[] } = {}): SceneDef {
  return { kind: 'scene', id, blocks: extra.blocks ?? [{ kind: 'paragraph', text: `Scene ${id}.` }], choices, ...(extra.setting === undefined ? {} : { setting: extra.setting }) };
}

export function ending(id: string, title = `Ending ${id}`): SceneDef {
  return { kind: 'ending', id, title, blocks: [{ kind: 'paragraph', text: 'Debrief.' }], choices: [] };
}

export function variable(id: string, initial: number, min: number, max: number): VariableDef {
  return { id, initial, min, max };
}

/** A scenario from scenes; start defaults to the first scene, as in authoring. */
export function scenarioOf(scenes: SceneDef[], extra: Partial<ScenarioDefinition> = {}): ScenarioDefinition {
  return {
    id: 'sample', lessonId: 'lesson', title: 'A sample scenario', counts: 'practice',
    dimensions: ['safety', 'choice'], characters: [{ id: 'sam', name: 'Sam' }], variables: [],
    start: scenes.find((candidate) => candidate.kind === 'scene')?.id ?? '', scenes, ...extra,
  };
}

/** The design's example: an intro meeting where a participant asks for your diagnosis. */
export const diagnosis: ScenarioDefinition = scenarioOf([
  scene('intro', [
    choice('share-briefly', 'after-share', { scores: 'safety:+1, choice:+1', sets: 'trust:+1' }),
    choice('deflect', 'after-deflect', { when: 'trust>=1', scores: 'safety:+1, choice:-1' }),
    choice('ask-back', 'after-deflect', { scores: 'choice:+2', sets: 'trust:-1' }),
  ], { setting: 'The intro meeting, eight people in a circle', blocks: [{ kind: 'line', characterId: 'sam', text: 'So what is your diagnosis?' }] }),
  scene('after-share', [choice('invite-others', 'ending-open', { scores: 'choice:+1' }), choice('say-more', 'after-deflect', { scores: 'safety:-1' })]),
  scene('after-deflect', [choice('check-in', 'ending-open', { when: 'trust>=1', scores: 'safety:+2' }), choice('move-on', 'ending-closed')]),
  ending('ending-open', 'An open start'),
  ending('ending-closed', 'A careful start'),
], { id: 'whats-your-diagnosis', variables: [variable('trust', 1, 0, 3)] });
