import type { Language } from '../../../i18n/strings';
import { defaultPartId } from '../default-part-id';
import type { QuestionBase, QuestionKind } from '../question-kind';
import { likertState, type LikertSlice } from './likert-state';
import { listIds, MOST_RECORDED_PARTS } from './id-list';

/** `<Likert>`: a self-assessment, recorded and never scored. */
export interface LikertQuestion extends QuestionBase {
  kind: 'likert';
  /** From least to most; recorded, never scored. */
  scale: LikertLevel[];
}

export interface LikertLevel {
  id: string;
  text: string;
}

export interface LikertResponse {
  kind: 'likert';
  levelId: string;
}

/**
 * The scale a `<Likert>` without `<Level>` elements gets, from least to most. Kept here rather than
 * in the interface strings because it becomes part of the quiz data (and the recorded level ids).
 */
export const DEFAULT_LIKERT_LEVELS: Record<Language, readonly string[]> = {
  en: ['Not at all', 'A little', 'Somewhat', 'Mostly', 'Completely'],
  da: ['Slet ikke', 'Lidt', 'Noget', 'For det meste', 'Helt'],
};

export const likert: QuestionKind<LikertQuestion, LikertResponse, LikertSlice> = {
  ...likertState,
  scored: false,
  element: {
    name: 'Likert',
    part: {
      name: 'Level',
      hasId: true,
      text: 'the level, e.g. "Not yet"',
      one: 'level',
      many: 'levels',
      example: '`<Level>…</Level>`',
      fewest: 2,
      most: MOST_RECORDED_PARTS,
      noneMeansDefault: 'remove the levels to use the default five',
    },
    read({ attributes, parts, partsUsable, language }) {
      if (!attributes || !partsUsable) return undefined;
      const levels = parts.map(({ id, text }) => ({ id, text }));
      return { scale: levels.length > 0 ? levels : DEFAULT_LIKERT_LEVELS[language].map((text, index) => ({ id: defaultPartId(index), text })) };
    },
  },
  isComplete: (question, response) => question.scale.some((level) => level.id === response.levelId),
  isCorrect: () => false,
  interaction: (question, response) => ({ type: 'likert', response: response.levelId, options: listIds(question.scale) }),
  view: {
    controls: ({ question, response }) => ({
      widget: 'choices',
      type: 'radio',
      items: question.scale.map((level) => ({ id: level.id, text: level.text })),
      chosen: response ? [response.levelId] : [],
      choose: (levelId) => ({ kind: 'likert', levelId }),
    }),
    needs: () => 'quiz.needsLevel',
  },
};
