import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { vi } from 'vitest';
import { createScenarioLabels } from '../../../src/components/mdx/scenario-labels';
import type { ChoiceDef, ScenarioDefinition } from '../../../src/core/scenario/scenario-definition';
import type { ScenarioState } from '../../../src/core/scenario/scenario-state';
import { scoreRanges } from '../../../src/core/scenario/score-ranges';
import type { InteractionRecord } from '../../../src/core/scorm/interaction';
import { createTranslator } from '../../../src/i18n/strings';
import { ScenarioPlayer } from '../../../src/islands/ScenarioPlayer';
import { connectScenarioSession, type ScenarioSession } from '../../../src/runtime/scenario/scenario-session';
import { choice as authoredChoice } from '../core/scenario/sample-scenarios';
import { defined } from '../../support/defined';

// Each test file mocks ../../../src/runtime/scenario/scenario-session with `connectScenarioSession: vi.fn()`.
(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

export const labels = createScenarioLabels(createTranslator('en'));

const choice = (id: string, to: string, attributes: Parameters<typeof authoredChoice>[2] & { feedback?: string }): ChoiceDef => {
  const { feedback, ...rest } = attributes;
  return { ...authoredChoice(id, to, rest), ...(feedback ? { feedback } : {}) };
};

/** The design's example, small: two endings, a variable, feedback on most choices, a reflection prompt. */
export const diagnosis: ScenarioDefinition = {
  id: 'whats-your-diagnosis',
  lessonId: 'two-hats',
  title: '“So what’s your diagnosis?”',
  counts: 'practice',
  dimensions: ['transparency', 'safety', 'choice'],
  characters: [
    { id: 'sam', name: 'Sam', role: 'a participant at the intro meeting' },
    { id: 'you', name: 'You', role: 'volunteer co-facilitator' },
  ],
  variables: [{ id: 'trust', initial: 1, min: 0, max: 3 }],
  start: 'intro',
  scenes: [
    {
      kind: 'scene', id: 'intro', setting: 'The intro meeting, eight people in a circle',
      blocks: [{ kind: 'paragraph', text: 'Sam leans forward.' }, { kind: 'line', characterId: 'sam', text: 'So what’s your diagnosis, then?' }],
      reflect: 'What would you be comfortable sharing about yourself in a group?',
      choices: [
        choice('share-briefly', 'after-share', {
          text: 'Share briefly, in your own words', scores: 'transparency:+2, safety:+1, choice:+1', sets: 'trust:+1',
          feedback: 'What it protects: honesty between equals.\n\nWhat it may cost: some privacy. What else could work: asking what Sam hopes to hear.',
        }),
        choice('deflect', 'after-deflect', { text: 'Say you would rather not', when: 'trust>=1', scores: 'safety:+1, choice:-1' }),
        choice('ask-back', 'after-deflect', { text: 'Ask Sam what they would like to know', scores: 'choice:+2', sets: 'trust:-1' }),
      ],
    },
    {
      kind: 'scene', id: 'after-share', title: 'After you shared', blocks: [{ kind: 'paragraph', text: 'The group is quiet.' }],
      choices: [choice('invite-others', 'ending-open', { text: 'Invite others to share if they wish', scores: 'safety:+1', feedback: 'It keeps sharing a choice.' })],
    },
    {
      kind: 'scene', id: 'after-deflect', blocks: [{ kind: 'paragraph', text: 'Sam nods.' }],
      choices: [
        choice('check-in', 'ending-open', { text: 'Check in with the group', when: 'trust>=1', scores: 'safety:+1' }),
        choice('move-on', 'ending-closed', { text: 'Move on to the plan for today', feedback: 'It keeps the meeting on track.' }),
      ],
    },
    { kind: 'ending', id: 'ending-open', title: 'An open start', blocks: [{ kind: 'paragraph', text: 'You showed what sharing as an equal can look like.' }], choices: [] },
    { kind: 'ending', id: 'ending-closed', title: 'A careful start', blocks: [{ kind: 'paragraph', text: 'You kept your own story private.' }], choices: [] },
  ],
};

export interface SavedStep {
  id: string;
  state: ScenarioState;
  interactions: readonly InteractionRecord[];
}

/** A session that keeps everything in memory, like the tracker would in suspend_data. */
export function createMemorySession(saved: Record<string, ScenarioState> = {}) {
  const states = new Map(Object.entries(saved));
  const saves: SavedStep[] = [];
  const session: ScenarioSession = {
    readScenarioState: (id) => states.get(id),
    saveScenario: (id, state, interactions) => {
      states.set(id, state);
      saves.push({ id, state, interactions });
    },
  };
  return { session, saves };
}

export interface RenderedPlayer {
  container: HTMLElement;
  root: Root;
  heading: () => HTMLElement;
  /** The polite live region that announces each step. */
  announced: () => string;
}

/** Renders the player and lets the (mocked) connection settle; `pending` leaves it unsettled. */
export async function renderPlayer(
  session: ScenarioSession | Error | 'pending',
  scenario: ScenarioDefinition = diagnosis,
): Promise<RenderedPlayer> {
  vi.mocked(connectScenarioSession).mockImplementation(() =>
    session === 'pending' ? new Promise(() => {}) : session instanceof Error ? Promise.reject(session) : Promise.resolve(session),
  );
  document.body.replaceChildren();
  const container = document.createElement('div');
  document.body.append(container);
  const root = createRoot(container);
  await act(async () =>
    root.render(<ScenarioPlayer scenario={scenario} labels={labels} courseId="peer-basics" language="en" scoreRanges={scoreRanges(scenario)} />),
  );
  return {
    container,
    root,
    heading: () => defined(container.querySelector<HTMLElement>('.scenario-heading'), 'the scenario heading'),
    announced: () => container.querySelector('.visually-hidden[role="status"]')?.textContent ?? '',
  };
}

export function buttonNamed(scope: HTMLElement, text: string): HTMLButtonElement {
  const button = [...scope.querySelectorAll('button')].find((candidate) => candidate.textContent.trim() === text);
  if (!button) throw new Error(`No button “${text}”`);
  return button;
}

export async function click(element: HTMLElement): Promise<void> {
  await act(async () => element.click());
}

/** Takes a choice and, when feedback shows, reads it and continues. */
export async function takeChoice(scope: HTMLElement, text: string): Promise<void> {
  await click(buttonNamed(scope, text));
  const next = [...scope.querySelectorAll('button')].find((button) => button.textContent.trim() === labels['scenario.continue']);
  if (next) await click(next);
}

/** Types as a person would: React listens for input events with the native value setter. */
export async function typeInto(field: HTMLTextAreaElement, text: string): Promise<void> {
  await act(async () => {
    Reflect.set(HTMLTextAreaElement.prototype, 'value', text, field);
    field.dispatchEvent(new Event('input', { bubbles: true }));
  });
}
