import type { LineBlock, NarrativeBlock, SceneDef } from '../../core/scenario/scenario-definition';
import { lineOf, type JsxElementNode } from '../mdx-elements/mdast-node';
import { readElementAttributes } from '../mdx-elements/read-element-attributes';
import { withoutUndefined } from '../../core/without-undefined';
import { EndingElementSchema, LineElementSchema, SceneElementSchema } from '../schemas/scenario';
import { readChoice } from './read-choice';
import { readNarrativeText, readScenarioText } from './read-scenario-text';
import { SCENARIO_ATTRIBUTE_WORDS } from './scenario-attribute-words';
import { SCENARIO_CHILDREN } from './scenario-element-names';
import { addLine, type ScenarioLines } from './scenario-lines';
import { joinEntry, reportAt, type ScenarioReadContext } from './scenario-read-context';
import { walkStory } from './walk-story';

/** Reads one `<Scene>` or `<Ending>` with its narrative, lines, choices and reflection prompt; undefined when it has a problem. */
export function readScene(element: JsxElementNode, scenarioId: unknown, context: ScenarioReadContext, lines: ScenarioLines): SceneDef | undefined {
  const kind: SceneDef['kind'] = element.name === 'Ending' ? 'ending' : 'scene';
  const attributes = readElementAttributes(element, kind === 'ending' ? EndingElementSchema : SceneElementSchema, SCENARIO_ATTRIBUTE_WORDS);
  const sceneId = attributes.written.id;
  const entry = joinEntry(['scenario', scenarioId], [kind, sceneId]);
  for (const advice of attributes.advice) reportAt(context, element, entry, advice);
  if (typeof sceneId === 'string') addLine(lines.scenes, sceneId, lineOf(element));

  const blocks: NarrativeBlock[] = [];
  const choices: SceneDef['choices'] = [];
  let reflect: { text?: string; line?: number } | undefined;
  let unreadableChildren = 0;
  walkStory(element, SCENARIO_CHILDREN[element.name as 'Scene' | 'Ending'], context, entry, {
    paragraph: (nodes) => {
      const text = readNarrativeText(nodes, context, entry);
      if (text !== '') blocks.push({ kind: 'paragraph', text });
    },
    element: (child) => {
      if (child.name === 'Choice') {
        const choice = readChoice(child, { scenarioId, kind, sceneId }, context, lines);
        if (choice) choices.push(choice);
        else unreadableChildren += 1;
      } else if (child.name === 'Line') {
        const line = readLine(child, context, entry);
        if (line && typeof sceneId === 'string') addLine(lines.speakers, sceneId, { characterId: line.characterId, line: lineOf(child) });
        if (line) blocks.push(line);
        else unreadableChildren += 1;
      } else if (reflect === undefined) {
        reflect = { text: readScenarioText(child, context, entry), line: lineOf(child) };
      } else {
        reportAt(context, child, entry, {
          message: `The ${kind} has a second \`<Reflect>\`${reflect.line ? ` (the first is on line ${reflect.line})` : ''}, but it shows one reflection prompt.`,
          hint: 'Keep one `<Reflect>` and put the other question in it, or in another scene.',
        });
      }
    },
  });
  if (!attributes.data || unreadableChildren > 0 || (reflect && reflect.text === undefined)) return undefined;
  const { id, setting, title } = attributes.data as { id: string; setting?: string; title?: string };
  return withoutUndefined({ kind, id, setting, title, blocks, choices, reflect: reflect?.text });
}

function readLine(element: JsxElementNode, context: ScenarioReadContext, entry: string | undefined): LineBlock | undefined {
  const attributes = readElementAttributes(element, LineElementSchema, SCENARIO_ATTRIBUTE_WORDS);
  for (const advice of attributes.advice) reportAt(context, element, entry, advice);
  const text = readScenarioText(element, context, entry);
  if (!attributes.data || text === undefined) return undefined;
  return { kind: 'line', characterId: attributes.data.character, text };
}
