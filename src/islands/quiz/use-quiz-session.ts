import { useCallback, useEffect, useState } from 'react';
import { shownQuestions } from '../../core/quiz/learner-draw';
import type { QuizItem } from '../../core/quiz/quiz-definition';
import type { QuestionState } from '../../core/quiz/question-state';
import type { InteractionRecord } from '../../core/scorm/interaction';
import { connectQuizSession, type QuizSession } from '../../runtime/quiz/quiz-session';

/** What the quiz needs from the course's tracking, once it is connected. */
export interface QuizConnection {
  /** Saved answers are loaded; before that the quiz shows its questions but takes no answers. */
  ready: boolean;
  /** Answers are being saved; false when the course tracking could not be reached. */
  saving: boolean;
  /** The learner's seed (0 until connected: the server-rendered questions use it too). */
  seed: number;
  states: Readonly<Record<string, QuestionState>>;
  save: (questionId: string, state: QuestionState, interaction: InteractionRecord | undefined) => void;
}

interface Connected {
  session: QuizSession | undefined;
  seed: number;
  states: Record<string, QuestionState>;
  saving: boolean;
}

function readStates(session: QuizSession, items: readonly QuizItem[]): Record<string, QuestionState> {
  const states: Record<string, QuestionState> = {};
  for (const question of shownQuestions(session.seed, items)) {
    const state = session.readQuestionState(question.id);
    if (state) states[question.id] = state;
  }
  return states;
}

/**
 * Connects to the course tracker after the first render, reads the saved state of every question
 * shown, and saves each check. Without tracking the quiz still works; answers are just not kept.
 */
export function useQuizSession(items: readonly QuizItem[]): QuizConnection {
  const [connected, setConnected] = useState<Connected>();

  useEffect(() => {
    let active = true;
    connectQuizSession().then(
      (session) => active && setConnected({ session, seed: session.seed, states: readStates(session, items), saving: true }),
      () => active && setConnected({ session: undefined, seed: 0, states: {}, saving: false }),
    );
    return () => {
      active = false;
    };
  }, [items]);

  const session = connected?.session;
  const save = useCallback((questionId: string, state: QuestionState, interaction: InteractionRecord | undefined) => {
    let saving = session !== undefined;
    try {
      session?.saveAnswer(questionId, state, interaction);
    } catch {
      // The learner keeps answering; a notice says their answers are not being kept.
      saving = false;
    }
    setConnected((previous) => previous && { ...previous, saving, states: { ...previous.states, [questionId]: state } });
  }, [session]);

  return {
    ready: connected !== undefined,
    saving: connected?.saving ?? true,
    seed: connected?.seed ?? 0,
    states: connected?.states ?? {},
    save,
  };
}
