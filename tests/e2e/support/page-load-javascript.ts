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
    // What the page fetched from its idle mark on; resource entries appear once a fetch is complete.
    const fetchedOnceIdle = await page.waitForFunction((mark) => {
      const idleAt = performance.getEntriesByName(mark)[0]?.startTime;
      if (idleAt === undefined) return undefined;
      const late = performance.getEntriesByType('resource').filter((entry) => entry.startTime >= idleAt).map((entry) => entry.name);
      return late.length > 0 ? late : undefined;
    }, pageIdleMark);
    lateUrls = (await fetchedOnceIdle.jsonValue()) ?? [];
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
