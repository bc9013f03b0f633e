import { gzipSync } from 'node:zlib';
import type { Page, Response } from '@playwright/test';
import { pageIdleMark } from '../../../src/runtime/when-page-idle';

export interface LoadedScript {
  url: string;
  gzipBytes: number;
}

export interface JavaScriptLoad {
  /** Gzipped bytes of every script fetched before the page's idle mark, plus every inline script. */
  startUpGzipBytes: number;
  startUp: LoadedScript[];
  /** Scripts the page fetched once it was idle (the local LMS on the plain site). */
  onceIdle: LoadedScript[];
}

function isJavaScript(response: Response): boolean {
  const type = response.headers()['content-type'] ?? '';
  return response.request().resourceType() === 'script' || /javascript|ecmascript/.test(type);
}

const gzipSize = (bytes: Buffer | string) => gzipSync(bytes).length;

/** URLs of the scripts whose fetch started at or after the idle mark; resource entries appear once a fetch is complete. */
const fetchedOnceIdle = (page: Page) =>
  page.evaluate((mark) => {
    const idleAt = performance.getEntriesByName(mark)[0]?.startTime ?? Infinity;
    return performance
      .getEntriesByType('resource')
      .filter((entry) => entry.startTime >= idleAt)
      .map((entry) => entry.name);
  }, pageIdleMark);

/**
 * Loads a course page in `page`, waits until it is idle and has fetched what it defers until then,
 * and weighs its JavaScript: what start-up costs, and what came once idle.
 */
export async function measurePageLoadJavaScript(page: Page, url: string): Promise<JavaScriptLoad> {
  const bodies: Promise<LoadedScript>[] = [];
  const onResponse = (response: Response) => {
    if (isJavaScript(response)) bodies.push(response.body().then((body) => ({ url: response.url(), gzipBytes: gzipSize(body) })));
  };
  page.on('response', onResponse);
  let lateUrls: string[] = [];
  try {
    await page.goto(url, { waitUntil: 'networkidle' });
    await page.waitForFunction((mark) => performance.getEntriesByName(mark).length > 0, pageIdleMark);
    await page.waitForFunction((mark) => {
      const idleAt = performance.getEntriesByName(mark)[0]?.startTime ?? Infinity;
      return performance.getEntriesByType('resource').some((entry) => entry.startTime >= idleAt);
    }, pageIdleMark);
    lateUrls = await fetchedOnceIdle(page);
  } finally {
    page.off('response', onResponse);
  }
  const inline = await page.locator('script:not([src])').evaluateAll((scripts) =>
    scripts
      .filter((script) => !/json/.test(script.getAttribute('type') ?? ''))
      .map((script) => script.textContent),
  );
  const fetched = await Promise.all(bodies);
  const startUp = [
    ...fetched.filter((file) => !lateUrls.includes(file.url)),
    ...inline.map((source, index) => ({ url: `inline script ${index + 1}`, gzipBytes: gzipSize(source) })),
  ];
  const onceIdle = fetched.filter((file) => lateUrls.includes(file.url));
  return { startUpGzipBytes: startUp.reduce((sum, file) => sum + file.gzipBytes, 0), startUp, onceIdle };
}
