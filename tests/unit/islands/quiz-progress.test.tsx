// @vitest-environment jsdom
import { act } from 'react';
import { createRoot } from 'react-dom/client';
import { renderToString } from 'react-dom/server';
import { describe, expect, it, vi } from 'vitest';
import type { Question } from '../../../src/core/quiz/quiz-definition';
import { QuizIsland } from '../../../src/islands/QuizIsland';
import { connectQuizSession } from '../../../src/runtime/quiz/quiz-session';
import {
  buttonNamed, click, inputLabelled, createMemorySession, createQuiz, labels, optionQuestion, renderQuiz, statusOf,
} from './quiz-test-kit';
import { defined } from '../../support/defined';

vi.mock('../../../src/runtime/quiz/quiz-session', () => ({ connectQuizSession: vi.fn() }));

const trueFalse: Question = {
  kind: 'true-false', id: 'peers-are-experts', prompt: 'A peer supporter is the expert on the other person’s life.',
  weight: 1, answer: false,
};

describe('showing the answer', () => {
  it('is offered after the checks the author set, then shows the answer in words and moves focus to it', async () => {
    const { session, saves } = createMemorySession();
    const { card } = await renderQuiz(createQuiz([optionQuestion({ attempts: 3, revealAfter: 1 })]), session);
    const question = card('what-peer-support-is');
    expect(question.textContent).toContain('You have 3 checks left.');
    expect(() => buttonNamed(question, 'Show the answer')).toThrow();

    await click(inputLabelled(question, 'A volunteer gives advice'));
    await click(buttonNamed(question, 'Check my answer'));
    expect(question.textContent).toContain('You have 2 checks left.');
    await click(buttonNamed(question, 'Show the answer'));

    const area = defined(question.querySelector<HTMLElement>('.quiz-feedback-area'), '.quiz-feedback-area');
    expect(document.activeElement).toBe(area);
    expect(area.textContent).toContain('The answer');
    expect(area.textContent).toContain('Two people with lived experience support each other');
    expect(inputLabelled(question, 'Two people').closest('.quiz-choice')?.textContent).toContain('Correct answer');
    expect(saves.at(-1)).toMatchObject({ state: { attempts: 1, correct: false, revealed: true }, interaction: undefined });
    expect(buttonNamed(question, 'Check my answer').getAttribute('aria-disabled')).toBe('true');
    expect(inputLabelled(question, 'Two people').disabled).toBe(true);
  });

  it('happens by itself when the last check is used, announced in the status region', async () => {
    // React reports duplicate keys (the notice and the feedback share the status region) on console.error.
    const reactErrors = vi.spyOn(console, 'error');
    const { session } = createMemorySession();
    const { card } = await renderQuiz(createQuiz([optionQuestion({ attempts: 1 })]), session);
    const question = card('what-peer-support-is');
    expect(question.textContent).toContain('You have 1 check left.');
    await click(inputLabelled(question, 'A volunteer gives advice'));
    await click(buttonNamed(question, 'Check my answer'));
    expect(statusOf(question).textContent).toContain('Not quite');
    expect(statusOf(question).textContent).toContain('The answer');
    expect(statusOf(question).textContent).not.toContain('Have another look');
    expect(() => buttonNamed(question, 'Show the answer')).toThrow();
    await click(buttonNamed(question, 'Check my answer'));
    expect(statusOf(question).textContent).toContain('You have finished this question.');
    expect(reactErrors).not.toHaveBeenCalled();
    reactErrors.mockRestore();
  });
});

describe('checking the same answer again', () => {
  it('puts new feedback into the status region, so the second check is announced too', async () => {
    const { session } = createMemorySession();
    const { card } = await renderQuiz(createQuiz([optionQuestion()]), session);
    const question = card('what-peer-support-is');
    await click(inputLabelled(question, 'A volunteer gives advice'));
    await click(buttonNamed(question, 'Check my answer'));
    const first = statusOf(question).firstElementChild;
    expect(first?.textContent).toContain('Not quite');
    const changes: MutationRecord[] = [];
    const observer = new MutationObserver((records) => changes.push(...records));
    observer.observe(statusOf(question), { childList: true, subtree: true, characterData: true });
    await click(buttonNamed(question, 'Check my answer'));
    observer.disconnect();
    expect(changes.length).toBeGreaterThan(0);
    expect(statusOf(question).firstElementChild).not.toBe(first);
    expect(statusOf(question).textContent).toContain('Not quite');
  });
});

describe('coming back to a quiz', () => {
  it('shows the saved answer and its feedback again, quietly', async () => {
    const { session } = createMemorySession({
      'what-peer-support-is': { attempts: 1, correct: false, revealed: false, response: { kind: 'single', optionId: 'advice' } },
      'peers-are-experts': { attempts: 1, correct: true, revealed: false, response: { kind: 'true-false', value: false } },
    });
    const { card, container } = await renderQuiz(createQuiz([optionQuestion(), trueFalse]), session);
    const first = card('what-peer-support-is');
    expect(inputLabelled(first, 'A volunteer gives advice').checked).toBe(true);
    expect(first.textContent).toContain('Advice puts one person in the expert role.');
    // Already said before: not announced again on arrival.
    expect(statusOf(first).textContent).toBe('');
    expect(inputLabelled(card('peers-are-experts'), 'False').checked).toBe(true);
    expect(card('peers-are-experts').textContent).toContain('That fits.');
    expect(container.querySelector('.quiz-summary')?.textContent).toContain('2 of 2 questions answered.');
  });

  it('keeps working, and says answers are not saved, when tracking cannot be reached', async () => {
    const { card, container } = await renderQuiz(createQuiz([trueFalse]), new Error('no tracker'));
    expect(container.textContent).toContain('Your answers cannot be saved just now.');
    const question = card('peers-are-experts');
    await click(inputLabelled(question, 'False'));
    await click(buttonNamed(question, 'Check my answer'));
    expect(statusOf(question).textContent).toContain('That fits.');
  });
});

describe('the quiz summary', () => {
  const weighted = [optionQuestion({ weight: 2 }), trueFalse];
  const bands = [{ min: 0, text: 'Worth another look at this lesson.' }, { min: 60, text: 'A good grounding.' }];

  it('counts answers, then gives the score, the pass mark and the band in words', async () => {
    const { session } = createMemorySession();
    const { card, container } = await renderQuiz(createQuiz(weighted, { counts: true, passMark: 80, bands }), session);
    const summary = () => defined(container.querySelector<HTMLElement>('.quiz-summary'), 'the quiz summary').textContent;
    expect(summary()).toContain('0 of 2 questions answered.');
    expect(summary()).toContain('Your score shows here when you have answered every question.');

    await click(inputLabelled(card('what-peer-support-is'), 'Two people'));
    await click(buttonNamed(card('what-peer-support-is'), 'Check my answer'));
    await click(inputLabelled(card('peers-are-experts'), 'True'));
    await click(buttonNamed(card('peers-are-experts'), 'Check my answer'));
    expect(summary()).toContain('2 of 2 questions answered.');
    expect(summary()).toContain('You have 2 of 3 points (67%).');
    expect(summary()).toContain('You have not reached the pass mark of 80% yet.');
    expect(summary()).toContain('A good grounding.');
    expect(container.querySelector('.quiz-pass svg')?.getAttribute('aria-hidden')).toBe('true');

    await click(inputLabelled(card('peers-are-experts'), 'False'));
    await click(buttonNamed(card('peers-are-experts'), 'Check my answer'));
    expect(summary()).toContain('You have 3 of 3 points (100%).');
    expect(summary()).toContain('You have reached the pass mark of 80%.');
  });

  it('tells a practice quiz its answers do not count, and gives no score', async () => {
    const { session } = createMemorySession();
    const { card, container } = await renderQuiz(createQuiz([trueFalse]), session);
    await click(inputLabelled(card('peers-are-experts'), 'False'));
    await click(buttonNamed(card('peers-are-experts'), 'Check my answer'));
    const summary = defined(container.querySelector('.quiz-summary'), '.quiz-summary').textContent;
    expect(summary).toContain('This is practice: your answers do not count towards your course result.');
    expect(summary).not.toContain('points');
  });
});

describe('the server-rendered quiz', () => {
  it('shows every question and its choices, and no answers or feedback', () => {
    const html = renderToString(
      <QuizIsland quiz={createQuiz([optionQuestion(), trueFalse], { counts: true })} labels={labels} courseId="peer-basics" language="en" />,
    );
    expect(html).toContain('Which sentence describes peer support best?');
    expect(html).toContain('A volunteer gives advice to a client');
    expect(html).toContain('Question 2 of 2');
    for (const hidden of ['Correct answer', 'The answer', 'That fits', 'Not quite', 'Yes: it goes both ways.']) expect(html).not.toContain(hidden);
  });

  it('waits for saved answers before taking new ones', async () => {
    const { session } = createMemorySession();
    let connect: () => void = () => {};
    vi.mocked(connectQuizSession).mockImplementation(() => new Promise((resolve) => { connect = () => resolve(session); }));
    const container = document.createElement('div');
    document.body.replaceChildren(container);
    const root = createRoot(container);
    await act(async () => root.render(<QuizIsland quiz={createQuiz([trueFalse])} labels={labels} courseId="peer-basics" language="en" />));
    expect(inputLabelled(container, 'False').disabled).toBe(true);
    await click(buttonNamed(container, 'Check my answer'));
    expect(statusOf(container).textContent).toBe('Getting your saved answers. This takes a moment.');
    await act(async () => connect());
    expect(inputLabelled(container, 'False').disabled).toBe(false);
  });
});
