/** Components lessons may use without importing them. Keep in step with src/components/mdx/index.ts. */
export const MDX_COMPONENT_NAMES = [
  'ContentNote',
  'Quiz',
  'SingleChoice',
  'MultipleResponse',
  'TrueFalse',
  'FillIn',
  'Matching',
  'Sequencing',
  'Likert',
  'Option',
  'Accept',
  'Pair',
  'Step',
  'Level',
  'Bank',
  'ScoreBand',
  'Scenario',
  'Character',
  'Variable',
  'Scene',
  'Ending',
  'Line',
  'Choice',
  'Reflect',
] as const;

export type MdxComponentName = (typeof MDX_COMPONENT_NAMES)[number];

/** The components a lesson starts with; every other name belongs inside one of them. */
export const TOP_LEVEL_MDX_COMPONENT_NAMES: readonly MdxComponentName[] = ['ContentNote', 'Quiz', 'Scenario'];
