import { expect, type Locator, type Page } from '@playwright/test';
import { activate } from './learner';

/** The trainers' LMS preview page, driven by keyboard as a trainer without a mouse would. */
export function lmsPreview(page: Page) {
  const region = (name: string) => page.getByRole('region', { name });
  return {
    content: page.frameLocator('iframe[title="Course content"]'),
    status: page.getByRole('status').filter({ hasText: /Session|No session|Starting/ }),
    /** Rows of the API call log whose cells hold `texts`, in that order. */
    logRows: (...texts: string[]): Locator => texts.reduce((rows, text) => rows.filter({ has: page.getByRole('cell', { name: text, exact: true }) }), region('API calls').getByRole('row')),
    modelValue: (element: string): Locator => region('Data model now').getByRole('row').filter({ has: page.getByRole('rowheader', { name: element, exact: true }) }).getByRole('cell'),
    interactions: region('Interactions').getByRole('row'),
    press: (name: string) => activate(page, page.getByRole('button', { name, exact: true })),
  };
}

export async function openLmsPreview(page: Page, query: Record<string, string>): Promise<ReturnType<typeof lmsPreview>> {
  await page.goto(`/trainers/lms-preview.html?${new URLSearchParams(query)}`);
  const preview = lmsPreview(page);
  await expect(preview.status).toHaveText('No session yet: choose the settings and launch.');
  return preview;
}
