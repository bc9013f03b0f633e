/** A learner's answer to one question, in the author's ids. */
export type QuestionResponse =
  | { kind: 'single'; optionId: string }
  | { kind: 'multiple'; optionIds: string[] }
  | { kind: 'true-false'; value: boolean }
  | { kind: 'fill-in'; text: string }
  /** Pairs of left pair id → chosen right pair id; a left not yet matched is left out. */
  | { kind: 'matching'; matches: [string, string][] }
  /** Step ids in the order the learner put them. */
  | { kind: 'sequencing'; order: string[] }
  | { kind: 'likert'; levelId: string };

/** What the course keeps of one question for one learner (saved in suspend_data). */
export interface QuestionState {
  /** Checks so far. */
  attempts: number;
  /** Whether the latest check was right (always false for likert). */
  correct: boolean;
  /** The learner chose to see the answer, or attempts ran out. */
  revealed: boolean;
  /** The latest checked answer; may be missing when a republished question changed its options. */
  response?: QuestionResponse;
}
