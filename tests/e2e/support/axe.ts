import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import type { AxeResults, RunOptions } from 'axe-core';

const wcagTags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

function toLines(results: AxeResults): string[] {
  return results.violations.flatMap((violation) =>
    violation.nodes.map((node) => `${violation.id} (${violation.impact}): ${violation.help} — ${node.target.join(' ')}`),
  );
}

/**
 * axe-core's WCAG 2.2 AA violations on the page as it is now, one readable line per failing node.
 *
 * A page without frames gets axe-core once per document and `axe.run` in it: AxeBuilder's default
 * injects axe-core again on every call and finishes each run in a new blank page, which measured
 * twice as slow (most of the time of a spec that checks many pages, or one page in many states).
 * A page with frames goes through AxeBuilder, which injects axe-core into each of them.
 */
export async function findAxeViolations(page: Page): Promise<string[]> {
  if (page.frames().length > 1) return toLines(await new AxeBuilder({ page }).withTags(wcagTags).analyze());
  const options: RunOptions = { runOnly: { type: 'tag', values: wcagTags } };
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(axeSource);
  return toLines(await page.evaluate((runOptions) => (window as unknown as { axe: { run: (context: Document, options: RunOptions) => Promise<AxeResults> } }).axe.run(document, runOptions), options));
}
