import type { Language } from '../../i18n/strings';
import type { Problem } from '../checks/problem';
import { isJsxElement, type MdastNode } from '../mdx-elements/mdast-node';
import { readScenario, type ExtractedScenario } from './read-scenario';
import { isScenarioElementName } from './scenario-element-names';
import { explainMisplacedScenarioElement } from './scenario-element-placement';
import type { ScenarioIdDeclaration } from './scenario-id-declaration';
import { reportAt, type ScenarioReadContext } from './scenario-read-context';

export interface ScenarioSourceOptions {
  /** The lesson's id, recorded on each scenario. */
  lessonId: string;
  /** Path of the lesson relative to the project root, for problems. */
  file: string;
  /** Course language; scenarios have no language-dependent defaults, it is taken for symmetry with quizzes. */
  language: Language;
}

export interface LessonScenarios {
  /** Scenarios without problems of their own (graph included), in written order. */
  scenarios: ExtractedScenario[];
  /** Everything wrong with the lesson's scenario elements and scenario graphs. */
  problems: Problem[];
  /** Every scenario id written, for the course-wide checks. */
  declarations: ScenarioIdDeclaration[];
}

/** Reads every `<Scenario>` in a parsed lesson, and reports scenario elements written where they do nothing. */
export function scenariosFromMdast(tree: MdastNode, options: ScenarioSourceOptions): LessonScenarios {
  const context: ScenarioReadContext = { file: options.file, lessonId: options.lessonId, problems: [], declarations: [] };
  const scenarios: ExtractedScenario[] = [];
  const visit = (node: MdastNode): void => {
    for (const child of node.children ?? []) {
      if (!isJsxElement(child)) visit(child);
      else if (child.name === 'Scenario') {
        const scenario = readScenario(child, context);
        if (scenario) scenarios.push(scenario);
      } else if (isScenarioElementName(child.name)) {
        reportAt(context, child, undefined, explainMisplacedScenarioElement(child.name, undefined));
      } else if (child.name !== 'Quiz') {
        // The quiz reader reports everything inside a quiz that is not part of it.
        visit(child);
      }
    }
  };
  visit(tree);
  return { scenarios, problems: context.problems, declarations: context.declarations };
}
