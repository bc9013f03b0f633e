import type { LineFinder } from '../checks/problem';
import { defaultPartId } from '../../core/quiz/default-part-id';
import type { Lesson } from '../schemas/lesson';
import { isJsxElement, lineOf, type JsxElementNode, type MdastNode } from './mdast-node';
import { readJsxAttributes } from './read-jsx-attributes';

/**
 * One thing two language versions of a lesson must both have: a section, a content note, a quiz part or
 * a scenario part. `name` says what it is as an author reads it (`option "b" of question "roles"`) and is
 * how the two versions are paired; `shape` is what must be equal (structural attributes, never text).
 */
export interface StructureItem {
  name: string;
  shape: string;
  line?: number;
}

/** What each element contributes to the shape: the attributes that decide tracking, scoring and branching. */
const SHAPE_ATTRIBUTES: Readonly<Record<string, readonly string[]>> = {
  Quiz: ['counts', 'passMark'],
  SingleChoice: ['weight', 'attempts', 'revealAfter', 'shuffle'],
  MultipleResponse: ['weight', 'attempts', 'revealAfter', 'shuffle'],
  TrueFalse: ['weight', 'attempts', 'revealAfter', 'answer'],
  FillIn: ['weight', 'attempts', 'revealAfter', 'maxLength'],
  Matching: ['weight', 'attempts', 'revealAfter'],
  Sequencing: ['weight', 'attempts', 'revealAfter'],
  Likert: ['attempts'],
  Numeric: ['weight', 'attempts', 'revealAfter', 'answer', 'tolerance', 'min', 'max'],
  Bank: ['draw'],
  Option: ['correct'],
  Pair: [],
  Step: [],
  Level: [],
  ScoreBand: ['min'],
  Scenario: ['counts', 'weight', 'dimensions', 'start'],
  Character: [],
  Variable: ['initial', 'min', 'max'],
  Scene: [],
  Ending: [],
  Choice: ['to', 'scores', 'sets', 'when'],
  Reflect: [],
};
const QUESTIONS = new Set(['SingleChoice', 'MultipleResponse', 'TrueFalse', 'FillIn', 'Matching', 'Sequencing', 'Likert', 'Numeric']);
const PARTS: Readonly<Record<string, string>> = { Option: 'option', Pair: 'pair', Step: 'step', Level: 'level' };

/** Where an element sits: the names of the quiz, question, scenario and scene around it. */
interface Scope {
  quiz?: string;
  question?: string;
  scenario?: string;
  scene?: string;
  /** Counters of unnamed things (sections, notes, score bands, parts without ids), per kind and scope. */
  counts: Map<string, number>;
}

/** What the frontmatter adds: whether the lesson counts toward completion, and whether a content note comes first. */
export function readFrontmatterStructure(lesson: Pick<Lesson, 'required' | 'contentNote'> | undefined, lineAt: LineFinder): StructureItem[] {
  if (!lesson) return [];
  return [
    { name: 'frontmatter field `required`', shape: `required: ${lesson.required}`, line: lineAt(['required']) ?? lineAt(['id']) },
    ...(lesson.contentNote ? [{ name: 'frontmatter `contentNote`', shape: 'a content note before the lesson', line: lineAt(['contentNote']) }] : []),
  ];
}

/** Everything the structural match check compares in one lesson's MDX, in the order written. */
export function readLessonStructure(tree: MdastNode): StructureItem[] {
  const items: StructureItem[] = [];
  const scope: Scope = { counts: new Map() };
  for (const child of tree.children ?? []) visit(child, scope, items);
  return items;
}

function visit(node: MdastNode, scope: Scope, items: StructureItem[]): void {
  if (node.type === 'heading' && scope.quiz === undefined && scope.scenario === undefined) {
    const depth = (node as MdastNode & { depth?: number }).depth ?? 0;
    if (depth === 2 || depth === 3) items.push({ name: `section ${next(scope, 'section')}`, shape: `a level-${depth} heading (${'#'.repeat(depth)})`, line: lineOf(node) });
    return;
  }
  if (!isJsxElement(node)) {
    for (const child of node.children ?? []) visit(child, scope, items);
    return;
  }
  if (node.name === 'ContentNote') items.push({ name: `content note ${next(scope, 'note')}`, shape: 'a <ContentNote>', line: lineOf(node) });
  const inner = describe(node, scope, items);
  for (const child of node.children ?? []) visit(child, inner, items);
}

/** Adds the element's item, if it is one the check compares, and returns the scope its children see. */
function describe(element: JsxElementNode, scope: Scope, items: StructureItem[]): Scope {
  const shapeAttributes = SHAPE_ATTRIBUTES[element.name];
  if (shapeAttributes === undefined) return scope;
  const { values } = readJsxAttributes(element);
  const written = typeof values.id === 'string' ? values.id : undefined;
  const name = nameOf(element.name, written, scope);
  if (name === undefined) return scope;
  items.push({ name: name.text, shape: shapeOf(element.name, shapeAttributes, values), line: lineOf(element) });
  return { ...name.scope, counts: new Map() };
}

function nameOf(element: string, id: string | undefined, scope: Scope): { text: string; scope: Omit<Scope, 'counts'> } | undefined {
  const quoted = (kind: string, value: string | undefined) => `${kind} "${value ?? '?'}"`;
  if (element === 'Quiz') return { text: quoted('quiz', id), scope: { quiz: id ?? '?' } };
  if (element === 'Bank') return { text: quoted('bank', id), scope: { ...scope } };
  if (QUESTIONS.has(element)) return { text: quoted('question', id), scope: { ...scope, question: id ?? '?' } };
  const part = PARTS[element];
  if (part !== undefined && scope.question !== undefined) {
    const partId = id ?? defaultPartId(next(scope, part) - 1);
    return { text: `${part} "${partId}" of question "${scope.question}"`, scope };
  }
  if (element === 'ScoreBand' && scope.quiz !== undefined) return { text: `score band ${next(scope, 'band')} of quiz "${scope.quiz}"`, scope };
  if (element === 'Scenario') return { text: quoted('scenario', id), scope: { scenario: id ?? '?' } };
  const ofScenario = ` of scenario "${scope.scenario ?? '?'}"`;
  if (element === 'Character' || element === 'Variable') return { text: `${quoted(element.toLowerCase(), id)}${ofScenario}`, scope };
  if (element === 'Scene' || element === 'Ending') {
    return { text: `${quoted(element.toLowerCase(), id)}${ofScenario}`, scope: { scenario: scope.scenario, scene: id ?? '?' } };
  }
  if (element === 'Choice') return { text: `choice "${id ?? '?'}" in scene "${scope.scene ?? '?'}"${ofScenario}`, scope };
  if (element === 'Reflect') return { text: `the reflection prompt in "${scope.scene ?? '?'}"${ofScenario}`, scope };
  return undefined;
}

function shapeOf(element: string, attributes: readonly string[], values: Record<string, unknown>): string {
  const written = attributes.flatMap((attribute) => {
    const value = values[attribute];
    if (value === undefined) return [];
    return [`${attribute}=${(typeof value === 'string' ? value : JSON.stringify(value)).replace(/\s+/g, '')}`];
  });
  return `<${element}${written.length > 0 ? ` ${written.join(' ')}` : ''}>`;
}

function next(scope: Scope, kind: string): number {
  const count = (scope.counts.get(kind) ?? 0) + 1;
  scope.counts.set(kind, count);
  return count;
}
