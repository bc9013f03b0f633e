import { expect, type Page } from '@playwright/test';
import type { Translate } from '../../../src/i18n/strings';
import { waitForQuizReady } from './quiz-learner';
import { waitForScenarioReady } from './scenario-player';

/** Opens every content note on the lesson page (notes can hold notes), then waits for its quizzes and scenarios, in the course's interface text. */
export async function showWholeLesson(page: Page, text: Translate): Promise<void> {
  // Pressed before the notes' script has taken them over, the buttons do nothing.
  await expect(page.locator('[data-content-note]:not([data-enhanced])'), 'every content note is ready').toHaveCount(0);
  const closedNotes = page.locator('[data-content-note] button[data-choice="continue"][aria-expanded="false"]').filter({ visible: true });
  while ((await closedNotes.count()) > 0) {
    const button = await closedNotes.first().elementHandle();
    await button.click();
    await expect.poll(() => button.getAttribute('aria-expanded')).toBe('true');
  }
  for (const quizId of await page.locator('section.quiz[data-quiz-id]').evaluateAll((sections) => sections.map((section) => section.getAttribute('data-quiz-id') ?? ''))) {
    await waitForQuizReady(page, quizId, text);
  }
  for (const scenarioId of await page.locator('section.scenario[data-scenario-id]').evaluateAll((sections) => sections.map((section) => section.getAttribute('data-scenario-id') ?? ''))) {
    await waitForScenarioReady(page, scenarioId);
  }
}
