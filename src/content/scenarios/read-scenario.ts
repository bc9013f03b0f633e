import type { CharacterDef, ScenarioDefinition, SceneDef, VariableDef } from '../../core/scenario/scenario-definition';
import { lineOf, type JsxElementNode } from '../mdx-elements/mdast-node';
import { readElementAttributes } from '../mdx-elements/read-element-attributes';
import { ScenarioElementSchema, type ScenarioElement } from '../schemas/scenario';
import { StableIdSchema } from '../schemas/stable-id';
import { checkScenarioGraphAt } from './check-scenario-graph-at';
import { readCharacter, readVariable } from './read-cast';
import { readDimensionNames, readDimensions } from './read-dimensions';
import { readScene } from './read-scene';
import { SCENARIO_ATTRIBUTE_WORDS } from './scenario-attribute-words';
import { SCENARIO_CHILDREN } from './scenario-element-names';
import { createScenarioLines } from './scenario-lines';
import { joinEntry, reportAt, type ScenarioReadContext } from './scenario-read-context';
import { visitScenarioContainer } from './visit-scenario-container';

/** A scenario as the build extracts it: the core definition and its share of the course score. */
export type ExtractedScenario = ScenarioDefinition & {
  /** Share of the course score when `counts` is `score`; 1 unless the author says otherwise. */
  weight: number;
};

/**
 * Reads one `<Scenario>` with everything inside it, then checks its graph; undefined when anything
 * has a problem. The graph is only checked once every element reads well: a scenario missing a
 * choice would show dead ends and unreachable scenes that are not really there.
 */
export function readScenario(element: JsxElementNode, context: ScenarioReadContext): ExtractedScenario | undefined {
  const problemsBefore = context.problems.length;
  const attributes = readElementAttributes(element, ScenarioElementSchema, SCENARIO_ATTRIBUTE_WORDS);
  const { written } = attributes;
  const entry = joinEntry(['scenario', written.id]);
  for (const advice of attributes.advice) reportAt(context, element, entry, advice);
  if (StableIdSchema.safeParse(written.id).success) context.declarations.push({ id: written.id as string, line: lineOf(element) });
  const dimensions = readDimensions(element, written.dimensions, context, entry);
  const dimensionNames = readDimensionNames(element, written.dimensionNames, dimensions, context, entry);
  if (attributes.data) checkCounting(element, attributes.data, written, dimensions, context, entry);

  const lines = createScenarioLines(lineOf(element));
  const characters: CharacterDef[] = [];
  const variables: VariableDef[] = [];
  const scenes: SceneDef[] = [];
  visitScenarioContainer(element, SCENARIO_CHILDREN.Scenario, context, entry, (child) => {
    if (child.name === 'Character') pushDefined(characters, readCharacter(child, written.id, context, lines));
    else if (child.name === 'Variable') pushDefined(variables, readVariable(child, written.id, context, lines));
    else pushDefined(scenes, readScene(child, written.id, context, lines));
  });
  if (context.problems.length > problemsBefore || !attributes.data || !dimensions || !dimensionNames) return undefined;

  const { id, title, counts, weight, start } = attributes.data;
  const firstScene = scenes.find((scene) => scene.kind === 'scene');
  const scenario: ExtractedScenario = {
    id, lessonId: context.lessonId, title, counts, weight, dimensions, characters, variables, start: start ?? firstScene?.id ?? '', scenes,
    ...(Object.keys(dimensionNames).length > 0 ? { dimensionNames } : {}),
  };
  const graphProblems = checkScenarioGraphAt(scenario, lines, context.file);
  context.problems.push(...graphProblems);
  return graphProblems.length === 0 ? scenario : undefined;
}

/** `weight` only matters for a scored scenario, and a scored scenario needs something to score on. */
function checkCounting(
  element: JsxElementNode,
  data: ScenarioElement,
  written: Record<string, unknown>,
  dimensions: readonly string[] | undefined,
  context: ScenarioReadContext,
  entry: string | undefined,
): void {
  if (written.weight !== undefined && data.counts !== 'score') {
    reportAt(context, element, entry, {
      message: `\`<Scenario>\` has a \`weight\`, but it counts as ${data.counts === 'practice' ? 'practice only' : 'completion only'}, so the weight would do nothing.`,
      hint: 'Remove `weight`, or add `counts="score"` to make the scenario count toward the course score.',
    });
  }
  if (data.counts === 'score' && dimensions?.length === 0) {
    reportAt(context, element, entry, {
      message: '`<Scenario>` counts toward the course score (`counts="score"`) but has no `dimensions`, so there is nothing to score.',
      hint: 'Add the rubric dimensions its choices score on, e.g. `dimensions="transparency, choice, safety"`, or use `counts="completion"`.',
    });
  }
}

function pushDefined<T>(list: T[], item: T | undefined): void {
  if (item !== undefined) list.push(item);
}
