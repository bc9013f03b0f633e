import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { vi } from 'vitest';
import { createQuizLabels } from '../../../src/components/mdx/quiz-labels';
import type { Question, QuizDefinition, QuizItem } from '../../../src/core/quiz/quiz-definition';
import type { QuestionState } from '../../../src/core/quiz/question-state';
import type { InteractionRecord } from '../../../src/core/scorm/interaction';
import { createTranslator } from '../../../src/i18n/strings';
import { QuizIsland } from '../../../src/islands/QuizIsland';
import { connectQuizSession, type QuizSession } from '../../../src/runtime/quiz/quiz-session';
import { defined } from '../../support/defined';

// Each test file mocks ../../../src/runtime/quiz/quiz-session with `connectQuizSession: vi.fn()`.
(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

export const labels = createQuizLabels(createTranslator('en'));

export interface SavedAnswer {
  questionId: string;
  state: QuestionState;
  interaction: InteractionRecord | undefined;
}

/** A session that keeps everything in memory, like the tracker would in suspend_data. */
export function createMemorySession(saved: Record<string, QuestionState> = {}, seed = 0) {
  const states = new Map(Object.entries(saved));
  const saves: SavedAnswer[] = [];
  const session: QuizSession = {
    seed,
    readQuestionState: (questionId) => states.get(questionId),
    saveAnswer: (questionId, state, interaction) => {
      states.set(questionId, state);
      saves.push({ questionId, state, interaction });
    },
  };
  return { session, saves };
}

export function createQuiz(items: QuizItem[], rules: Partial<QuizDefinition> = {}): QuizDefinition {
  return { id: 'peer-role-check', lessonId: 'what-peer-support-is', counts: false, items, bands: [], ...rules };
}

export interface RenderedQuiz {
  container: HTMLElement;
  root: Root;
  /** The card of one question. */
  card: (questionId: string) => HTMLElement;
}

/** Renders the island and lets the (mocked) connection settle. */
export async function renderQuiz(quiz: QuizDefinition, session: QuizSession | Error): Promise<RenderedQuiz> {
  vi.mocked(connectQuizSession).mockImplementation(() => (session instanceof Error ? Promise.reject(session) : Promise.resolve(session)));
  document.body.replaceChildren();
  const container = document.createElement('div');
  document.body.append(container);
  const root = createRoot(container);
  await act(async () => root.render(<QuizIsland quiz={quiz} labels={labels} courseId="peer-basics" language="en" />));
  return {
    container,
    root,
    card: (questionId) => {
      const found = container.querySelector<HTMLElement>(`[data-question-id="${questionId}"]`);
      if (!found) throw new Error(`No card for ${questionId}`);
      return found;
    },
  };
}

/** The control a visible label names. */
function controlLabelled(scope: HTMLElement, text: string): HTMLElement {
  const label = [...scope.querySelectorAll('label')].find((candidate) => candidate.textContent.includes(text));
  const control = label && document.getElementById(label.htmlFor);
  if (!control) throw new Error(`No control labelled “${text}”`);
  return control;
}

/** The input (text, radio or checkbox) a visible label names. */
export function inputLabelled(scope: HTMLElement, text: string): HTMLInputElement {
  const control = controlLabelled(scope, text);
  if (!(control instanceof HTMLInputElement)) throw new Error(`“${text}” labels a ${control.localName}, not an input`);
  return control;
}

/** The select a visible label names. */
export function selectLabelled(scope: HTMLElement, text: string): HTMLSelectElement {
  const control = controlLabelled(scope, text);
  if (!(control instanceof HTMLSelectElement)) throw new Error(`“${text}” labels a ${control.localName}, not a select`);
  return control;
}

export function buttonNamed(scope: HTMLElement, text: string): HTMLButtonElement {
  const button = [...scope.querySelectorAll('button')].find((candidate) => candidate.textContent.trim() === text);
  if (!button) throw new Error(`No button “${text}”`);
  return button;
}

export const statusOf = (card: HTMLElement) => defined(card.querySelector<HTMLElement>('[role="status"]'), 'a status region in the card');

export async function click(element: HTMLElement): Promise<void> {
  await act(async () => element.click());
}

/** Types as a person would: React listens for input events with the native value setter. */
export async function typeInto(input: HTMLInputElement, text: string): Promise<void> {
  await act(async () => {
    Reflect.set(HTMLInputElement.prototype, 'value', text, input);
    input.dispatchEvent(new Event('input', { bubbles: true }));
  });
}

export async function choose(select: HTMLSelectElement, value: string): Promise<void> {
  await act(async () => {
    Reflect.set(HTMLSelectElement.prototype, 'value', value, select);
    select.dispatchEvent(new Event('change', { bubbles: true }));
  });
}

export async function pressEnter(element: HTMLElement): Promise<void> {
  await act(async () => element.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true })));
}

export const optionQuestion = (overrides: Partial<Question> = {}): Question => ({
  kind: 'single',
  id: 'what-peer-support-is',
  prompt: 'Which sentence describes peer support best?',
  hint: 'Think about who is the expert.',
  feedback: 'Peer support rests on shared experience.',
  weight: 1,
  shuffle: false,
  options: [
    { id: 'mutual', text: 'Two people with lived experience support each other', correct: true, feedback: 'Yes: it goes both ways.' },
    { id: 'advice', text: 'A volunteer gives advice to a client', correct: false, feedback: 'Advice puts one person in the expert role.' },
  ],
  ...overrides,
} as Question);
