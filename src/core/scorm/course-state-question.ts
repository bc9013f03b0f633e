import type { Question } from '../quiz/quiz-definition';

type Ids = { id: string }[];

/**
 * What the suspend_data codec needs of a question, and all the course JSON carries of it: kind,
 * id, and the ids a saved response points at (fill-in: the longest text it saves). Answer keys,
 * prompts and feedback stay on the quiz's own page. A full Question fits this shape.
 */
export type CourseStateQuestion =
  | { kind: 'single' | 'multiple'; id: string; options: Ids }
  | { kind: 'true-false'; id: string }
  | { kind: 'fill-in'; id: string; maxLength: number }
  | { kind: 'matching'; id: string; pairs: Ids }
  | { kind: 'sequencing'; id: string; steps: Ids }
  | { kind: 'likert'; id: string; scale: Ids };

const onlyIds = (items: readonly { id: string }[]): Ids => items.map(({ id }) => ({ id }));

/** The slice of `question` the course JSON carries (for the build that writes it). */
export function toCourseStateQuestion(question: Question): CourseStateQuestion {
  const { id } = question;
  switch (question.kind) {
    case 'single':
    case 'multiple':
      return { kind: question.kind, id, options: onlyIds(question.options) };
    case 'true-false':
      return { kind: 'true-false', id };
    case 'fill-in':
      return { kind: 'fill-in', id, maxLength: question.maxLength };
    case 'matching':
      return { kind: 'matching', id, pairs: onlyIds(question.pairs) };
    case 'sequencing':
      return { kind: 'sequencing', id, steps: onlyIds(question.steps) };
    case 'likert':
      return { kind: 'likert', id, scale: onlyIds(question.scale) };
  }
}

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null;
const isIds = (value: unknown): value is Ids =>
  Array.isArray(value) && value.every((item) => isRecord(item) && typeof item.id === 'string');

/** Guards a question read from the page's course JSON before the codec trusts it. */
export function isCourseStateQuestion(value: unknown): value is CourseStateQuestion {
  if (!isRecord(value) || typeof value.id !== 'string') return false;
  switch (value.kind) {
    case 'single':
    case 'multiple':
      return isIds(value.options);
    case 'true-false':
      return true;
    case 'fill-in':
      return typeof value.maxLength === 'number' && Number.isFinite(value.maxLength);
    case 'matching':
      return isIds(value.pairs);
    case 'sequencing':
      return isIds(value.steps);
    case 'likert':
      return isIds(value.scale);
    default:
      return false;
  }
}

/** The ids a response to `question` can name: what its interaction's identifiers are made from. */
export function listResponseIds(question: CourseStateQuestion): string[] {
  switch (question.kind) {
    case 'single':
    case 'multiple':
      return question.options.map(({ id }) => id);
    case 'matching':
      return question.pairs.map(({ id }) => id);
    case 'sequencing':
      return question.steps.map(({ id }) => id);
    case 'likert':
      return question.scale.map(({ id }) => id);
    default:
      return [];
  }
}
