import type { Question } from './question-kinds';

export type { Question, QuestionKindName } from './question-kinds';

/**
 * A knowledge check as the build reads it from a lesson's MDX: everything the learner's browser
 * needs to show, check and score it. Ids are the author's stable ids; option, pair and step ids
 * default to a, b, c… in the order the author wrote them. Each kind of question is described in
 * its own file under kinds/.
 */
export interface QuizDefinition {
  /** Author-set, unique within the course. */
  id: string;
  lessonId: string;
  title?: string;
  /** A quiz that counts toward the course score and completion; otherwise formative (practice). */
  counts: boolean;
  /** Percent (0–100) this quiz needs; counted quizzes default to the course pass mark. */
  passMark?: number;
  items: QuizItem[];
  bands: ScoreBand[];
}

/** Draws `draw` of its questions for each learner, fixed by the learner's seed. */
export interface QuestionBank {
  kind: 'bank';
  id: string;
  draw: number;
  questions: Question[];
}

export type QuizItem = Question | QuestionBank;

/** Feedback for a score: applies when the quiz score (percent) is at least `min`. */
export interface ScoreBand {
  min: number;
  text: string;
}
