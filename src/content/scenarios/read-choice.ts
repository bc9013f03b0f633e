import { parseConditions } from '../../core/scenario/condition';
import type { ChoiceDef } from '../../core/scenario/scenario-definition';
import { parseScoreChanges } from '../../core/scenario/score-change';
import { parseVariableChanges } from '../../core/scenario/variable-change';
import { lineOf, type JsxElementNode } from '../mdx-elements/mdast-node';
import { readElementAttributes } from '../mdx-elements/read-element-attributes';
import { withoutUndefined } from '../../core/without-undefined';
import { ScenarioChoiceElementSchema } from '../schemas/scenario';
import { readAuthorList } from './read-author-list';
import { readScenarioText } from './read-scenario-text';
import { SCENARIO_ATTRIBUTE_WORDS } from './scenario-attribute-words';
import { addLine, choiceKey, type ScenarioLines } from './scenario-lines';
import { joinEntry, reportAt, type ScenarioReadContext } from './scenario-read-context';

/** The scene or ending a choice is written in, as far as it has been read. */
export interface ChoicePlace {
  scenarioId: unknown;
  kind: 'scene' | 'ending';
  sceneId: unknown;
}

/** Reads one `<Choice>`: attributes, `when`/`scores`/`sets` and the button text; undefined when it has a problem. */
export function readChoice(element: JsxElementNode, place: ChoicePlace, context: ScenarioReadContext, lines: ScenarioLines): ChoiceDef | undefined {
  const attributes = readElementAttributes(element, ScenarioChoiceElementSchema, SCENARIO_ATTRIBUTE_WORDS);
  const { written } = attributes;
  const entry = joinEntry(['scenario', place.scenarioId], [place.kind, place.sceneId], ['choice', written.id]);
  for (const advice of attributes.advice) reportAt(context, element, entry, advice);
  const when = readAuthorList(element, 'when', written.when, parseConditions, [], context, entry);
  const scores = readAuthorList(element, 'scores', written.scores, parseScoreChanges, {}, context, entry);
  const sets = readAuthorList(element, 'sets', written.sets, parseVariableChanges, [], context, entry);
  const text = readScenarioText(element, context, entry);
  if (typeof place.sceneId === 'string' && typeof written.id === 'string') addLine(lines.choices, choiceKey(place.sceneId, written.id), lineOf(element));
  if (!attributes.data || !when || !scores || !sets || text === undefined) return undefined;
  const { id, to, feedback } = attributes.data;
  return withoutUndefined({ id, to, text, feedback, when, scores, sets });
}
