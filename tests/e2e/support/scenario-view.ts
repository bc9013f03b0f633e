import type { Locator } from '@playwright/test';

/**
 * What one scenario player shows at a moment, read in one call: a step's checks then cost one
 * round trip to the browser instead of one per part, and they all hold at the same moment.
 */
export interface PlayerView {
  /** The scene (or ending) on the stage. */
  sceneId: string | null;
  heading: string;
  /** The part of the player that has focus: its heading, a feedback heading, or anything else (`null`). */
  focus: 'heading' | 'feedback' | null;
  /** The player's own polite status region. */
  live: string;
  /** The choice buttons shown, by id, in order. */
  choiceIds: (string | null)[];
  /** The choice whose feedback is shown, if any. */
  feedbackFor: string | null;
  debriefShown: boolean;
}

/** Runs in the page (pass it to `section.evaluate` with the scenario id): the view of `section`'s player. */
function readView(section: Element, scenarioId: string): PlayerView {
  const words = (element: Element | null) => (element?.textContent ?? '').replace(/\s+/g, ' ').trim();
  const part = (name: string) => section.querySelector(`[id="scenario--${scenarioId}--${name}"]`);
  const shown = (element: Element | null) => element !== null && element.checkVisibility({ visibilityProperty: true });
  const active = section.ownerDocument.activeElement;
  const feedback = [...section.querySelectorAll('.scenario-feedback[data-feedback-for]')].find(shown);
  return {
    sceneId: section.querySelector('.scenario-stage')?.getAttribute('data-scene-id') ?? null,
    heading: words(part('heading')),
    focus: active !== null && active === part('heading') ? 'heading' : active !== null && active === part('feedback') ? 'feedback' : null,
    live: words(section.querySelector('.scenario-player > .visually-hidden[role="status"]')),
    choiceIds: [...section.querySelectorAll('button.scenario-choice')].map((button) => button.getAttribute('data-choice-id')),
    feedbackFor: feedback?.getAttribute('data-feedback-for') ?? null,
    debriefShown: shown(section.querySelector('.scenario-debrief')),
  };
}

export function readPlayerView(section: Locator, scenarioId: string): Promise<PlayerView> {
  return section.evaluate(readView, scenarioId);
}

/** The parts of a view a check cares about (the others are left out of both sides). */
export function pickView(view: PlayerView, keys: readonly (keyof PlayerView)[]): Partial<PlayerView> {
  return Object.fromEntries(keys.map((key) => [key, view[key]]));
}
