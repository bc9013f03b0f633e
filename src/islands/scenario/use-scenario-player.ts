import { useCallback, useEffect, useRef, useState, type RefObject } from 'react';
import type { ScenarioDefinition } from '../../core/scenario/scenario-definition';
import type { ScenarioLabels } from './scenario-labels';
import {
  continueAfterFeedback, progressFromSaved, startOver, stepBack, takeChoice, type ScenarioProgress, type ScenarioStep,
} from './scenario-progress';
import type { ScenarioConnection } from './scenario-connection';
import { describeView } from './view-heading';

/** What the player shows and the learner can do. */
export interface ScenarioPlayerModel {
  progress: ScenarioProgress;
  heading: string;
  /** Set on every step; the live region shows it (count re-announces the same words). */
  announcement: { text: string; count: number } | undefined;
  headingRef: RefObject<HTMLHeadingElement | null>;
  feedbackRef: RefObject<HTMLHeadingElement | null>;
  choose: (choiceId: string) => void;
  continueOn: () => void;
  goBack: () => void;
  startAgain: () => void;
}

/**
 * Playing one scenario: restores the saved place once the course is connected, saves every step,
 * and after every step moves focus to the new heading and announces it. Restoring moves nothing:
 * the learner may be reading elsewhere on the page.
 */
export function useScenarioPlayer(
  scenario: ScenarioDefinition,
  courseId: string,
  connection: ScenarioConnection,
  labels: ScenarioLabels,
): ScenarioPlayerModel {
  const [progress, setProgress] = useState<ScenarioProgress>(() => progressFromSaved(scenario, undefined));
  const [step, setStep] = useState<{ count: number; focus: 'heading' | 'feedback' }>();
  const headingRef = useRef<HTMLHeadingElement>(null);
  const feedbackRef = useRef<HTMLHeadingElement>(null);
  const shownAt = useRef(Date.now());
  const { saved, save } = connection;

  useEffect(() => {
    if (saved) setProgress(progressFromSaved(scenario, saved));
    shownAt.current = Date.now();
  }, [scenario, saved]);

  useEffect(() => {
    if (!step) return;
    (step.focus === 'feedback' ? feedbackRef : headingRef).current?.focus();
  }, [step]);

  const apply = useCallback((next: ScenarioStep | ScenarioProgress, saveIt: boolean) => {
    const nextProgress = 'progress' in next ? next.progress : next;
    if ('progress' in next && saveIt) save(next.state, next.interactions);
    shownAt.current = Date.now();
    setProgress(nextProgress);
    setStep((previous) => ({ count: (previous?.count ?? 0) + 1, focus: nextProgress.feedback ? 'feedback' : 'heading' }));
  }, [save]);

  const choose = (choiceId: string) => {
    const now = Date.now();
    apply(takeChoice(scenario, progress, choiceId, { courseId, timestamp: new Date(now), latencyMilliseconds: now - shownAt.current }), true);
  };
  const continueOn = () => apply(continueAfterFeedback(progress), false);
  const goBack = () => apply(stepBack(scenario, progress), true);
  const startAgain = () => apply(startOver(scenario, progress), true);

  const { heading, announcement } = describeView(scenario, progress, labels);
  return {
    progress,
    heading,
    announcement: step && { text: announcement, count: step.count },
    headingRef,
    feedbackRef,
    choose,
    continueOn,
    goBack,
    startAgain,
  };
}
