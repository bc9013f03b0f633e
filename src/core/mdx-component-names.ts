import { questionKinds } from './quiz/question-kinds';

/** The elements inside a `<Quiz>`: the question kinds' elements and their parts, `<Bank>` and `<ScoreBand>`. */
export const QUIZ_PART_COMPONENT_NAMES: readonly string[] = [
  ...new Set(questionKinds.list.flatMap(({ element }) => (element.part ? [element.name, element.part.name] : [element.name]))),
  'Bank',
  'ScoreBand',
];

/** Components lessons may use without importing them. Keep in step with src/components/mdx/index.ts. */
export const MDX_COMPONENT_NAMES: readonly string[] = [
  'ContentNote',
  'Quiz',
  ...QUIZ_PART_COMPONENT_NAMES,
  'Scenario',
  'Character',
  'Variable',
  'Scene',
  'Ending',
  'Line',
  'Choice',
  'Reflect',
  'SupportContacts',
];

/** The components a lesson starts with; every other name belongs inside one of them. */
export const TOP_LEVEL_MDX_COMPONENT_NAMES: readonly string[] = ['ContentNote', 'Quiz', 'Scenario', 'SupportContacts'];
