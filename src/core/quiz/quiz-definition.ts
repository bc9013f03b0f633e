/**
 * A knowledge check as the build reads it from a lesson's MDX: everything the learner's browser
 * needs to show, check and score it. Ids are the author's stable ids; option, pair and step ids
 * default to a, b, c… in the order the author wrote them.
 */
export type QuestionKind = 'single' | 'multiple' | 'true-false' | 'fill-in' | 'matching' | 'sequencing' | 'likert';

interface QuestionBase {
  /** Author-set, unique within the course. */
  id: string;
  prompt: string;
  hint?: string;
  /** Shown after every check, whatever the answer. */
  feedback?: string;
  /** Checks allowed; undefined means as many as the learner likes. */
  attempts?: number;
  /** After this many checks the learner may reveal the answer; undefined: only when attempts run out. */
  revealAfter?: number;
  /** Points the question is worth; likert is always 0. */
  weight: number;
}

export interface ChoiceOption {
  id: string;
  text: string;
  correct: boolean;
  feedback?: string;
}

export interface SingleChoiceQuestion extends QuestionBase {
  kind: 'single';
  options: ChoiceOption[];
  shuffle: boolean;
}

export interface MultipleResponseQuestion extends QuestionBase {
  kind: 'multiple';
  options: ChoiceOption[];
  shuffle: boolean;
}

export interface TrueFalseQuestion extends QuestionBase {
  kind: 'true-false';
  answer: boolean;
  trueFeedback?: string;
  falseFeedback?: string;
}

export interface FillInQuestion extends QuestionBase {
  kind: 'fill-in';
  /** Any of these is right; compared ignoring case and runs of spaces. The first is the pattern sent to the LMS. */
  accepted: string[];
  /** Longest answer the field takes (bounds the saved state). */
  maxLength: number;
}

export interface MatchingPair {
  id: string;
  left: string;
  right: string;
}

export interface MatchingQuestion extends QuestionBase {
  kind: 'matching';
  /** Each left belongs with the right of the same pair; rights are shown shuffled. */
  pairs: MatchingPair[];
}

export interface SequenceStep {
  id: string;
  text: string;
}

export interface SequencingQuestion extends QuestionBase {
  kind: 'sequencing';
  /** In the correct order; shown shuffled. */
  steps: SequenceStep[];
}

export interface LikertLevel {
  id: string;
  text: string;
}

export interface LikertQuestion extends QuestionBase {
  kind: 'likert';
  /** From least to most; recorded, never scored. */
  scale: LikertLevel[];
}

export type Question =
  | SingleChoiceQuestion | MultipleResponseQuestion | TrueFalseQuestion | FillInQuestion
  | MatchingQuestion | SequencingQuestion | LikertQuestion;

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
