import type { ResponseBase } from './question-kind';
import type { AnyResponse } from './question-kinds';

export type { QuestionResponse } from './question-kinds';

/** What the course keeps of one question for one learner (saved in suspend_data). */
export interface QuestionState<R extends ResponseBase = AnyResponse> {
  /** Checks so far. */
  attempts: number;
  /** Whether the latest check was right (always false for an unscored kind). */
  correct: boolean;
  /** The learner chose to see the answer, or attempts ran out. */
  revealed: boolean;
  /** The latest checked answer; may be missing when a republished question changed its options. */
  response?: R;
}
