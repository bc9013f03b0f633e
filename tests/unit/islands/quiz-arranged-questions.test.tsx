// @vitest-environment jsdom
import { describe, expect, it, vi } from 'vitest';
import type { SequencingQuestion } from '../../../src/core/quiz/kinds/sequencing';
import type { Question } from '../../../src/core/quiz/quiz-definition';
import { shownOrder } from '../../../src/core/quiz/shown-order';
import {
  buttonNamed, choose, click, inputLabelled, selectLabelled, createMemorySession, createQuiz, pressEnter, renderQuiz, statusOf, typeInto,
} from './quiz-test-kit';
import { defined, itemAt } from '../../support/defined';

vi.mock('../../../src/runtime/quiz/quiz-session', () => ({ connectQuizSession: vi.fn() }));

const fillIn: Question = {
  kind: 'fill-in', id: 'name-the-approach', prompt: 'What is support between equals called?', weight: 1,
  accepted: ['peer support', 'peer-support'], maxLength: 40,
};

const matching: Question = {
  kind: 'matching', id: 'match-the-boundary', prompt: 'Match each situation with a response.', weight: 1,
  pairs: [
    { id: 'late-call', left: 'A call at midnight', right: 'Agree times to talk' },
    { id: 'gift', left: 'An expensive gift', right: 'Thank them and decline' },
    { id: 'crisis', left: 'Talk of ending their life', right: 'Follow the safety plan' },
  ],
};

const sequencing: SequencingQuestion = {
  kind: 'sequencing', id: 'order-a-first-meeting', prompt: 'Put the first meeting in order.', weight: 1,
  steps: [
    { id: 'welcome', text: 'Welcome' },
    { id: 'agree', text: 'Agree how to work' },
    { id: 'listen', text: 'Listen' },
    { id: 'close', text: 'Close and plan' },
  ],
};

const stepTexts = (card: HTMLElement) => [...card.querySelectorAll('.quiz-step-text')].map((step) => step.textContent);
const stepItem = (card: HTMLElement, text: string) =>
  defined([...card.querySelectorAll<HTMLElement>('.quiz-step')].find((item) => item.querySelector('.quiz-step-text')?.textContent === text), `the step "${text}"`);
const moveButton = (card: HTMLElement, text: string, direction: 'up' | 'down') =>
  itemAt(stepItem(card, text).querySelectorAll('button'), direction === 'up' ? 0 : 1);

describe('a fill-in question', () => {
  it('accepts an answer whatever its case and spacing, checked with Enter', async () => {
    const { session, saves } = createMemorySession();
    const { card } = await renderQuiz(createQuiz([fillIn]), session);
    const question = card('name-the-approach');
    const field = inputLabelled(question, 'Your answer');
    expect(field.maxLength).toBe(40);
    await typeInto(field, '  Peer   Support ');
    await pressEnter(field);
    expect(statusOf(question).textContent).toContain('That fits.');
    expect(itemAt(saves, 0).interaction).toMatchObject({ type: 'fill-in', response: '  Peer   Support ', result: 'correct' });
    // Finished: the field is locked, so focus moves to the button rather than nowhere.
    expect(field.disabled).toBe(true);
    expect(document.activeElement).toBe(buttonNamed(question, 'Check my answer'));
  });

  it('says not quite to another answer, and asks for text before checking', async () => {
    const { session } = createMemorySession();
    const { card } = await renderQuiz(createQuiz([fillIn]), session);
    const question = card('name-the-approach');
    await click(buttonNamed(question, 'Check my answer'));
    expect(statusOf(question).textContent).toBe('Type your answer first. Then you can check it.');
    await typeInto(inputLabelled(question, 'Your answer'), 'counselling');
    await click(buttonNamed(question, 'Check my answer'));
    expect(statusOf(question).textContent).toContain('Not quite.');
  });
});

describe('a matching question', () => {
  it('has a labelled select per item and fits when every item has its own match', async () => {
    const { session, saves } = createMemorySession();
    const { card } = await renderQuiz(createQuiz([matching]), session);
    const question = card('match-the-boundary');
    expect(question.querySelector('[role="group"]')?.getAttribute('aria-labelledby')).toBeTruthy();
    await choose(selectLabelled(question, 'A call at midnight'), 'gift');
    await choose(selectLabelled(question, 'An expensive gift'), 'late-call');
    await click(buttonNamed(question, 'Check my answer'));
    expect(statusOf(question).textContent).toBe('Choose a match for every item first. Then you can check your answer.');

    await choose(selectLabelled(question, 'Talk of ending their life'), 'crisis');
    await click(buttonNamed(question, 'Check my answer'));
    expect(statusOf(question).textContent).toContain('Not quite — here is what it misses.');
    expect(statusOf(question).textContent).toContain('1 of 3 matches fit.');

    await choose(selectLabelled(question, 'A call at midnight'), 'late-call');
    await choose(selectLabelled(question, 'An expensive gift'), 'gift');
    await click(buttonNamed(question, 'Check my answer'));
    expect(statusOf(question).textContent).toContain('That fits.');
    expect(itemAt(saves, 1).interaction).toMatchObject({ type: 'matching', result: 'correct' });
  });
});

describe('a sequencing question', () => {
  it('starts in this learner’s shuffled order, never the right one', async () => {
    const { session } = createMemorySession({}, 7);
    const { card } = await renderQuiz(createQuiz([sequencing]), session);
    const expected = defined(shownOrder(7, sequencing), 'a shown order of steps').map((id) => defined(sequencing.steps.find((step) => step.id === id), `step ${id}`).text);
    expect(stepTexts(card('order-a-first-meeting'))).toEqual(expected);
    expect(expected).not.toEqual(['Welcome', 'Agree how to work', 'Listen', 'Close and plan']);
  });

  it('moves items with buttons, announces each move and keeps focus on the moved item', async () => {
    const { session } = createMemorySession();
    const { card } = await renderQuiz(createQuiz([sequencing]), session);
    const question = card('order-a-first-meeting');
    const live = defined(question.querySelector('[aria-live="polite"]'), '[aria-live="polite"]');
    const first = itemAt(stepTexts(question), 0);
    const second = itemAt(stepTexts(question), 1);

    await click(moveButton(question, first, 'down'));
    expect(stepTexts(question).slice(0, 2)).toEqual([second, first]);
    expect(live.textContent).toBe(`‘${first}’ moved to position 2 of 4.`);
    expect(document.activeElement).toBe(moveButton(question, first, 'down'));

    // Back to the top: "Move up" no longer applies there, so focus goes to "Move down".
    await click(moveButton(question, first, 'up'));
    expect(live.textContent).toBe(`‘${first}’ moved to position 1 of 4.`);
    expect(moveButton(question, first, 'up').disabled).toBe(true);
    expect(document.activeElement).toBe(moveButton(question, first, 'down'));
    expect(moveButton(question, first, 'down').textContent).toBe(`Move down: ${first}`);
  });

  it('fits once the learner has put every item in place', async () => {
    const { session, saves } = createMemorySession();
    const { card } = await renderQuiz(createQuiz([sequencing]), session);
    const question = card('order-a-first-meeting');
    const target = ['Welcome', 'Agree how to work', 'Listen', 'Close and plan'];
    await click(buttonNamed(question, 'Check my answer'));
    expect(statusOf(question).textContent).toContain('items are in the right place.');
    for (const [position, text] of target.entries()) {
      while (stepTexts(question).indexOf(text) > position) await click(moveButton(question, text, 'up'));
    }
    expect(stepTexts(question)).toEqual(target);
    await click(buttonNamed(question, 'Check my answer'));
    expect(statusOf(question).textContent).toContain('That fits.');
    expect(itemAt(saves, -1).interaction).toMatchObject({ type: 'sequencing', response: ['welcome', 'agree', 'listen', 'close'], result: 'correct' });
    // Finished: the list stays, the buttons go.
    expect(question.querySelectorAll('.quiz-move')).toHaveLength(0);
  });
});

describe('a numeric question', () => {
  const numericQuestion: Question = {
    kind: 'numeric', id: 'course-weeks', prompt: 'How many weeks does the course take?', weight: 1, range: { min: 8, max: 8 }, answer: 8, unit: 'weeks',
  };

  it('offers a decimal keyboard with its unit, asks for a number, and reveals the answer in words', async () => {
    const { session, saves } = createMemorySession();
    const { card } = await renderQuiz(createQuiz([{ ...numericQuestion, attempts: 1 }]), session);
    const question = card('course-weeks');
    const field = inputLabelled(question, 'Your answer');
    expect(field.inputMode).toBe('decimal');
    expect(question.querySelector('.quiz-suffix')?.textContent).toBe('weeks');
    await typeInto(field, 'eight');
    await click(buttonNamed(question, 'Check my answer'));
    expect(statusOf(question).textContent).toBe('Type a number first. Then you can check it.');
    await typeInto(field, '7,5');
    await pressEnter(field);
    expect(itemAt(saves, 0).interaction).toMatchObject({ type: 'numeric', response: 7.5, result: 'incorrect' });
    expect(question.querySelector('.quiz-answer')?.textContent).toContain('8 weeks');
  });
});
