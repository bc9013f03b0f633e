import type { QuestionState } from '../../core/quiz/question-state';
import type { InteractionRecord } from '../../core/scorm/interaction';
import { connectRunningTracker } from '../scorm/running-tracker';

/** What a quiz island needs from course tracking. */
export interface QuizSession {
  /** The learner's seed: fixes their bank draws and shuffles on every launch. */
  seed: number;
  readQuestionState(questionId: string): QuestionState | undefined;
  /**
   * Saves the state (suspend_data), appends the interaction, re-assesses the course. "Show the
   * answer" passes no interaction: it is saved, but it is not an answer.
   */
  saveAnswer(questionId: string, state: QuestionState, interaction: InteractionRecord | undefined): void;
}

/** Connects a quiz to this launch's course tracking (see connectRunningTracker). */
export async function connectQuizSession(): Promise<QuizSession> {
  const tracker = await connectRunningTracker('quiz answers');
  return {
    // A new local session after "Save and exit" starts from the same saved state, seed included.
    seed: tracker().readSeed(),
    readQuestionState: (questionId) => tracker().readQuestionState(questionId),
    saveAnswer: (questionId, state, interaction) => tracker().saveQuestion(questionId, state, interaction),
  };
}
