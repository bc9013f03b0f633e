import { expect, type Locator, type Page } from '@playwright/test';
import type { Question } from '../../../src/core/quiz/quiz-definition';
import type { QuestionResponse } from '../../../src/core/quiz/question-state';
import { defined } from '../../support/defined';

// How a keyboard user works each kind of answer control the quiz island renders.

/** Focuses a control and presses a key on it, as a keyboard user who tabbed there would. */
export async function press(page: Page, control: Locator, key: string): Promise<void> {
  await control.focus();
  await page.keyboard.press(key);
}

/** Ticks exactly `wanted` (values) among a card's checkboxes, with Space on each one that must change. */
async function setCheckboxes(page: Page, card: Locator, wanted: readonly string[]): Promise<void> {
  const boxes = card.locator('input[type="checkbox"]');
  const readChecked = () => boxes.evaluateAll((inputs) => (inputs as HTMLInputElement[]).filter((input) => input.checked).map((input) => input.value).sort());
  const states = await boxes.evaluateAll((inputs) => (inputs as HTMLInputElement[]).map((input) => ({ value: input.value, checked: input.checked })));
  for (const [index, { value, checked }] of states.entries()) {
    if (checked !== wanted.includes(value)) await press(page, boxes.nth(index), 'Space');
  }
  await expect.poll(readChecked, { message: 'ticked checkboxes' }).toEqual([...wanted].sort());
}

/** Chooses each left's right in the card's selects with the arrow keys (a closed native select steps through its options). */
async function chooseMatches(page: Page, card: Locator, idPrefix: string, matches: readonly (readonly [string, string])[]): Promise<void> {
  const selects = card.locator('select');
  const readValues = () => selects.evaluateAll((elements) => Object.fromEntries((elements as HTMLSelectElement[]).map((element) => [element.id, element.value])));
  const shown = await selects.evaluateAll((elements) =>
    (elements as HTMLSelectElement[]).map((element) => ({ id: element.id, values: [...element.options].map((option) => option.value), selected: element.selectedIndex })),
  );
  for (const [left, right] of matches) {
    const index = shown.findIndex((select) => select.id === `${idPrefix}--${left}`);
    const { values, selected } = defined(shown[index], `a select for "${left}"`);
    const target = values.indexOf(right);
    if (target < 0) throw new Error(`No select for "${left}" offers "${right}".`);
    await selects.nth(index).focus();
    for (let at = selected; at !== target; at += target > at ? 1 : -1) await page.keyboard.press(target > at ? 'ArrowDown' : 'ArrowUp');
  }
  const expected = Object.fromEntries(matches.map(([left, right]) => [`${idPrefix}--${left}`, right]));
  await expect.poll(readValues, { message: 'chosen matches' }).toMatchObject(expected);
}

type SequencingQuestion = Extract<Question, { kind: 'sequencing' }>;

const stepText = (question: SequencingQuestion, stepId: string) => question.steps.find((step) => step.id === stepId)?.text ?? stepId;

/** The step ids of a sequencing question in the order shown now. */
export async function readStepOrder(card: Locator, question: SequencingQuestion): Promise<string[]> {
  const texts = await card.locator('.quiz-step .quiz-step-text').allTextContents();
  return texts.map((text) => {
    const step = question.steps.find((candidate) => candidate.text === text.trim());
    if (!step) throw new Error(`Sequencing "${question.id}" shows a step "${text}" the source does not have.`);
    return step.id;
  });
}

/** The Move up / Move down button of the step shown at `position` (0-based). */
export function moveButton(card: Locator, position: number, direction: 'up' | 'down'): Locator {
  return card.locator('li.quiz-step').nth(position).locator('button.quiz-move').nth(direction === 'up' ? 0 : 1);
}

/**
 * Puts the steps in `order` with Move up, pressed by keyboard (Enter, or Space every other time).
 * After the first press the island keeps focus on the moved step's button, so the learner just
 * presses again; the order is checked once per step placed.
 */
async function arrangeSteps(page: Page, card: Locator, question: SequencingQuestion, order: readonly string[]): Promise<void> {
  const shown = await readStepOrder(card, question);
  let presses = 0;
  for (const [position, stepId] of order.entries()) {
    let current = shown.indexOf(stepId);
    if (current > position) await moveButton(card, current, 'up').focus();
    for (; current > position; current -= 1) {
      await page.keyboard.press(presses % 2 === 0 ? 'Enter' : 'Space');
      presses += 1;
      shown.splice(current - 1, 0, ...shown.splice(current, 1));
    }
    await expect(card.locator('.quiz-step .quiz-step-text'), `steps after placing "${stepText(question, stepId)}"`).toHaveText(shown.map((id) => stepText(question, id)));
  }
}

/** Enters `response` into a question card with the keyboard only; `prefix` is the card's element id. */
export async function enterResponse(page: Page, card: Locator, prefix: string, question: Question, response: QuestionResponse): Promise<void> {
  const control = (part: string) => card.locator(`[id="${prefix}--${part}"]`);
  const choose = async (radio: Locator) => {
    await press(page, radio, 'Space');
    await expect(radio).toBeChecked();
  };
  switch (response.kind) {
    case 'single':
      return choose(control(response.optionId));
    case 'likert':
      return choose(control(response.levelId));
    case 'true-false':
      return choose(control(String(response.value)));
    case 'multiple':
      return setCheckboxes(page, card, response.optionIds);
    case 'fill-in':
    case 'numeric': {
      const input = control('text');
      await input.focus();
      await page.keyboard.press('ControlOrMeta+A');
      await page.keyboard.type(response.text);
      await expect(input).toHaveValue(response.text);
      return;
    }
    case 'matching':
      return chooseMatches(page, card, prefix, response.matches);
    case 'sequencing':
      if (question.kind !== 'sequencing') break;
      return arrangeSteps(page, card, question, response.order);
  }
  throw new Error(`A ${response.kind} response cannot answer ${question.kind} question "${question.id}".`);
}

/**
 * The answer a card shows now, read from its controls in the island's response shape (authored
 * order, as the island builds it); undefined when nothing is chosen yet.
 */
export async function readShownResponse(card: Locator, question: Question): Promise<QuestionResponse | undefined> {
  const checked = () => card.locator('input:checked').evaluateAll((inputs) => (inputs as HTMLInputElement[]).map((input) => input.value));
  switch (question.kind) {
    case 'single': {
      const [optionId] = await checked();
      return optionId === undefined ? undefined : { kind: 'single', optionId };
    }
    case 'likert': {
      const [levelId] = await checked();
      return levelId === undefined ? undefined : { kind: 'likert', levelId };
    }
    case 'true-false': {
      const [value] = await checked();
      return value === undefined ? undefined : { kind: 'true-false', value: value === 'true' };
    }
    case 'multiple': {
      const chosen = await checked();
      const optionIds = question.options.map((option) => option.id).filter((id) => chosen.includes(id));
      return optionIds.length === 0 ? undefined : { kind: 'multiple', optionIds };
    }
    case 'fill-in':
    case 'numeric': {
      const text = await card.locator('input[type="text"]').inputValue();
      return text === '' ? undefined : { kind: question.kind, text };
    }
    case 'matching': {
      const values = await card.locator('select').evaluateAll((selects) => (selects as HTMLSelectElement[]).map((select) => select.value));
      const matches = question.pairs.flatMap((pair, index): [string, string][] => (values[index] ? [[pair.id, values[index]]] : []));
      return matches.length === 0 ? undefined : { kind: 'matching', matches };
    }
    case 'sequencing':
      return { kind: 'sequencing', order: await readStepOrder(card, question) };
  }
}
