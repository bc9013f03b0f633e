import type { PlannedPath } from './scenario-paths';

/** How the learner gets from the previous play's ending to where the next play goes its own way. */
export type WayOn = 'back' | 'try-another' | 'start-again';

/** One play of a walk: how it begins, and the play itself (from the start to an ending). */
export interface WalkedPlay {
  play: PlannedPath;
  /** Undefined for the first play, which begins at the start. */
  wayOn?: WayOn;
  /** With 'back': how many presses of "Back one step" from the previous ending. */
  backSteps: number;
}

const sharedLength = (first: readonly string[], second: readonly string[]) => {
  let length = 0;
  while (length < first.length && first[length] === second[length]) length += 1;
  return length;
};

const byChoices = (first: PlannedPath, second: PlannedPath) => {
  const shared = sharedLength(first.choiceIds, second.choiceIds);
  return (first.choiceIds[shared] ?? '').localeCompare(second.choiceIds[shared] ?? '') || first.choiceIds.length - second.choiceIds.length;
};

/**
 * The same plays, ordered so that neighbours share their beginnings, each reached from the last
 * ending the cheaper way: "Back one step" to where the two part (one press a choice undone), or
 * starting afresh and taking the shared choices again. At least one play starts with the debrief's
 * "Try a different path" and, given a third play, one with the player's "Start again", so both are
 * pressed: those go where starting afresh costs least beside going back.
 */
export function planWalk(plays: readonly PlannedPath[]): WalkedPlay[] {
  const ordered = [...plays].sort(byChoices);
  const walk = ordered.map((play, index): WalkedPlay & { extraForFresh: number } => {
    const previous = ordered[index - 1];
    if (!previous) return { play, backSteps: 0, extraForFresh: 0 };
    const shared = sharedLength(previous.choiceIds, play.choiceIds);
    const backSteps = previous.choiceIds.length - shared;
    // Afresh: one press, then the shared choices again.
    const freshSteps = 1 + shared;
    return backSteps <= freshSteps ? { play, wayOn: 'back', backSteps, extraForFresh: freshSteps - backSteps } : { play, wayOn: 'try-another', backSteps: 0, extraForFresh: 0 };
  });
  const fresh = walk.filter((step) => step.wayOn === 'try-another');
  const byExtra = walk.slice(1).filter((step) => step.wayOn === 'back').sort((first, second) => first.extraForFresh - second.extraForFresh);
  for (const needed of [1, 2]) {
    if (walk.length - 1 >= needed && fresh.length < needed) {
      const step = byExtra.shift();
      if (step) fresh.push(Object.assign(step, { wayOn: 'try-another' as const, backSteps: 0 }));
    }
  }
  // The afresh starts alternate between the two buttons, in walk order.
  walk.filter((step) => step.wayOn === 'try-another').forEach((step, index) => {
    if (index % 2 === 1) step.wayOn = 'start-again';
  });
  return walk.map(({ extraForFresh: _extra, ...step }) => step);
}
