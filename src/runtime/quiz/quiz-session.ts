import type { QuestionState } from '../../core/quiz/question-state';
import type { InteractionRecord } from '../../core/scorm/interaction';
import { readCourseTracker, whenCourseTrackerReady } from '../scorm/start-course-tracking';

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

/**
 * Waits for the course tracker of this launch. Rejects when the page has no course tracking, so
 * the quiz can say its answers are not kept rather than pretend they are.
 */
export async function connectQuizSession(): Promise<QuizSession> {
  const connected = await whenCourseTrackerReady();
  if (!connected) throw new Error('Course tracking is not running on this page, so quiz answers cannot be saved.');
  // On the plain website "Save and exit" ends the local session and the next page load starts
  // another from the same saved state (seed included): each call goes to the one running now.
  const tracker = () => readCourseTracker() ?? connected;
  return {
    seed: connected.readSeed(),
    readQuestionState: (questionId) => tracker().readQuestionState(questionId),
    saveAnswer: (questionId, state, interaction) => tracker().saveQuestion(questionId, state, interaction),
  };
}
