// @vitest-environment jsdom
import { describe, expect, it, vi } from 'vitest';
import type { Question } from '../../../src/core/quiz/quiz-definition';
import {
  buttonNamed, click, inputLabelled, createMemorySession, createQuiz, optionQuestion, renderQuiz, statusOf,
} from './quiz-test-kit';
import { defined, itemAt } from '../../support/defined';

vi.mock('../../../src/runtime/quiz/quiz-session', () => ({ connectQuizSession: vi.fn() }));

const multiple: Question = {
  kind: 'multiple',
  id: 'what-peers-offer',
  prompt: 'What can a peer supporter offer?',
  weight: 1,
  shuffle: false,
  options: [
    { id: 'listening', text: 'Listening without judging', correct: true },
    { id: 'own-story', text: 'Their own story, when it helps', correct: true, feedback: 'Shared carefully, it can bring hope.' },
    { id: 'diagnosis', text: 'A diagnosis', correct: false, feedback: 'Diagnosis belongs to clinicians.' },
  ],
};

const trueFalse: Question = {
  kind: 'true-false',
  id: 'peers-are-experts',
  prompt: 'A peer supporter is the expert on the other person’s life.',
  weight: 1,
  answer: false,
  trueFeedback: 'The person is the expert on their own life.',
  falseFeedback: 'Right: each person is the expert on their own life.',
};

const likert: Question = {
  kind: 'likert',
  id: 'ready-to-listen',
  prompt: 'How ready do I feel to listen to someone’s story?',
  weight: 0,
  scale: [{ id: 'a', text: 'Not yet' }, { id: 'b', text: 'Partly' }, { id: 'c', text: 'Ready' }],
};

describe('a single-choice question', () => {
  it('says a right answer fits, with the option’s and the general feedback, in the status region', async () => {
    const { session, saves } = createMemorySession();
    const { card } = await renderQuiz(createQuiz([optionQuestion()]), session);
    const question = card('what-peer-support-is');
    await click(inputLabelled(question, 'Two people'));
    await click(buttonNamed(question, 'Check my answer'));
    const status = statusOf(question).textContent;
    expect(status).toContain('That fits.');
    expect(status).toContain('Yes: it goes both ways.');
    expect(status).toContain('Peer support rests on shared experience.');
    expect(saves).toHaveLength(1);
    expect(itemAt(saves, 0).state).toMatchObject({ attempts: 1, correct: true });
    expect(itemAt(saves, 0).interaction).toMatchObject({
      id: 'urn:peerpath:peer-basics:peer-role-check:what-peer-support-is', type: 'choice', response: ['mutual'], result: 'correct',
    });
    expect(itemAt(saves, 0).interaction?.latencyMilliseconds).toBeGreaterThanOrEqual(0);
  });

  it('explains what a not-yet answer misses, calmly, and keeps focus on the button', async () => {
    const { session } = createMemorySession();
    const { card } = await renderQuiz(createQuiz([optionQuestion()]), session);
    const question = card('what-peer-support-is');
    await click(inputLabelled(question, 'A volunteer gives advice'));
    const check = buttonNamed(question, 'Check my answer');
    check.focus();
    await click(check);
    const status = statusOf(question).textContent;
    expect(status).toContain('Not quite — here is what it misses.');
    expect(status).toContain('About ‘A volunteer gives advice to a client’: Advice puts one person in the expert role.');
    expect(status).toContain('Have another look');
    expect(status).not.toMatch(/wrong|incorrect/i);
    expect(document.activeElement).toBe(check);
    expect(question.querySelector('.quiz-feedback-heading svg')?.getAttribute('aria-hidden')).toBe('true');
  });

  it('explains instead of checking while no answer is chosen', async () => {
    const { session, saves } = createMemorySession();
    const { card } = await renderQuiz(createQuiz([optionQuestion()]), session);
    const question = card('what-peer-support-is');
    const check = buttonNamed(question, 'Check my answer');
    expect(check.getAttribute('aria-disabled')).toBe('true');
    expect(check.disabled).toBe(false);
    const reason = document.getElementById(itemAt(defined(check.getAttribute('aria-describedby'), 'aria-describedby on Check').split(' '), 0));
    expect(reason?.textContent).toBe('Choose an answer first. Then you can check it.');
    await click(check);
    expect(statusOf(question).textContent).toBe('Choose an answer first. Then you can check it.');
    expect(saves).toEqual([]);
  });

  it('offers the hint as a disclosure', async () => {
    const { session } = createMemorySession();
    const { card } = await renderQuiz(createQuiz([optionQuestion()]), session);
    const hint = card('what-peer-support-is').querySelector('details.quiz-hint');
    expect(hint?.querySelector('summary')?.textContent).toBe('Show a hint');
    expect(hint?.textContent).toContain('Think about who is the expert.');
  });
});

describe('a multiple-response question', () => {
  it('fits only when every right option and nothing else is chosen', async () => {
    const { session, saves } = createMemorySession();
    const { card } = await renderQuiz(createQuiz([multiple]), session);
    const question = card('what-peers-offer');
    await click(inputLabelled(question, 'Listening'));
    await click(inputLabelled(question, 'A diagnosis'));
    await click(buttonNamed(question, 'Check my answer'));
    expect(statusOf(question).textContent).toContain('Not quite — here is what it misses.');
    expect(statusOf(question).textContent).toContain('Diagnosis belongs to clinicians.');

    await click(inputLabelled(question, 'A diagnosis'));
    await click(inputLabelled(question, 'Their own story'));
    await click(buttonNamed(question, 'Check my answer'));
    expect(statusOf(question).textContent).toContain('That fits.');
    expect(statusOf(question).textContent).toContain('Shared carefully, it can bring hope.');
    expect(saves.map((save) => save.interaction?.response)).toEqual([['listening', 'diagnosis'], ['listening', 'own-story']]);
  });
});

describe('a true-false question', () => {
  it('gives the feedback for the value chosen', async () => {
    const { session } = createMemorySession();
    const { card } = await renderQuiz(createQuiz([trueFalse]), session);
    const question = card('peers-are-experts');
    await click(inputLabelled(question, 'True'));
    await click(buttonNamed(question, 'Check my answer'));
    expect(statusOf(question).textContent).toContain('Not quite — here is what it misses.');
    expect(statusOf(question).textContent).toContain('About ‘True’: The person is the expert on their own life.');

    await click(inputLabelled(question, 'False'));
    await click(buttonNamed(question, 'Check my answer'));
    expect(statusOf(question).textContent).toContain('That fits.');
  });
});

describe('a likert question', () => {
  it('saves the answer as neutral, without a score, and says so', async () => {
    const { session, saves } = createMemorySession();
    const { card, container } = await renderQuiz(createQuiz([likert]), session);
    const question = card('ready-to-listen');
    await click(inputLabelled(question, 'Partly'));
    await click(buttonNamed(question, 'Save my answer'));
    expect(statusOf(question).textContent).toContain('Your answer is saved.');
    expect(statusOf(question).textContent).not.toMatch(/fits|not quite/i);
    expect(itemAt(saves, 0).interaction).toMatchObject({ type: 'likert', response: 'b', result: 'neutral' });
    expect(container.querySelector('.quiz-score')).toBeNull();
    // A feeling can change: the learner may save another answer.
    await click(inputLabelled(question, 'Ready'));
    await click(buttonNamed(question, 'Save my answer'));
    expect(itemAt(saves, 1).interaction).toMatchObject({ response: 'c', result: 'neutral' });
  });
});
