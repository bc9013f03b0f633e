import type { Problem } from '../checks/problem';
import type { Advice } from '../mdx-elements/advice';
import { lineOf, type MdastNode } from '../mdx-elements/mdast-node';
import type { ScenarioIdDeclaration } from './scenario-id-declaration';

/** What reading one lesson's scenarios needs and collects. */
export interface ScenarioReadContext {
  /** Path of the lesson relative to the project root. */
  file: string;
  lessonId: string;
  problems: Problem[];
  declarations: ScenarioIdDeclaration[];
}

/** Adds a problem about `node`, naming `entry` (scenario, scene, choice…), or the lesson when nothing has an id. */
export function reportAt(context: ScenarioReadContext, node: MdastNode, entry: string | undefined, advice: Advice): void {
  context.problems.push({ file: context.file, line: lineOf(node), entry: entry ?? lessonEntry(context), ...advice });
}

/** `scenario "x", scene "y"`: the parts that have an id as written (even an invalid one); undefined when none has. */
export function joinEntry(...parts: readonly (readonly [kind: string, id: unknown])[]): string | undefined {
  const named = parts.filter(([, id]) => typeof id === 'string' && id !== '').map(([kind, id]) => `${kind} "${id as string}"`);
  return named.length === 0 ? undefined : named.join(', ');
}

function lessonEntry(context: ScenarioReadContext): string | undefined {
  return context.lessonId ? `lesson "${context.lessonId}"` : undefined;
}
