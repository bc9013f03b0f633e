import type { CharacterDef, VariableDef } from '../../core/scenario/scenario-definition';
import { lineOf, type JsxElementNode } from '../mdx-elements/mdast-node';
import { readElementAttributes } from '../mdx-elements/read-element-attributes';
import { withoutUndefined } from '../../core/without-undefined';
import { CharacterElementSchema, VariableElementSchema } from '../schemas/scenario';
import { SCENARIO_ATTRIBUTE_WORDS } from './scenario-attribute-words';
import { addLine, type ScenarioLines } from './scenario-lines';
import { joinEntry, reportAt, type ScenarioReadContext } from './scenario-read-context';
import { visitScenarioContainer } from './visit-scenario-container';

/** Reads a `<Character>`; undefined when it has a problem. */
export function readCharacter(element: JsxElementNode, scenarioId: unknown, context: ScenarioReadContext, lines: ScenarioLines): CharacterDef | undefined {
  const attributes = readElementAttributes(element, CharacterElementSchema, SCENARIO_ATTRIBUTE_WORDS);
  const entry = joinEntry(['scenario', scenarioId], ['character', attributes.written.id]);
  for (const advice of attributes.advice) reportAt(context, element, entry, advice);
  visitScenarioContainer(element, [], context, entry, () => undefined);
  if (typeof attributes.written.id === 'string') addLine(lines.characters, attributes.written.id, lineOf(element));
  if (!attributes.data) return undefined;
  const { id, name, role } = attributes.data;
  return withoutUndefined({ id, name, role });
}

/** Reads a `<Variable>`; undefined when it has a problem. Its range is checked with the graph. */
export function readVariable(element: JsxElementNode, scenarioId: unknown, context: ScenarioReadContext, lines: ScenarioLines): VariableDef | undefined {
  const attributes = readElementAttributes(element, VariableElementSchema, SCENARIO_ATTRIBUTE_WORDS);
  const entry = joinEntry(['scenario', scenarioId], ['variable', attributes.written.id]);
  for (const advice of attributes.advice) reportAt(context, element, entry, advice);
  visitScenarioContainer(element, [], context, entry, () => undefined);
  if (typeof attributes.written.id === 'string') addLine(lines.variables, attributes.written.id, lineOf(element));
  if (!attributes.data) return undefined;
  const { id, initial, min, max } = attributes.data;
  return { id, initial, min, max };
}
