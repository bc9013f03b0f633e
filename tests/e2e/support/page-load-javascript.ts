import { gzipSync } from 'node:zlib';
import type { Page, Response } from '@playwright/test';

export interface JavaScriptLoad {
  /** Gzipped bytes of every script response plus every inline script, as loaded before any interaction. */
  gzipBytes: number;
  files: { url: string; gzipBytes: number }[];
}

function isJavaScript(response: Response): boolean {
  const type = response.headers()['content-type'] ?? '';
  return response.request().resourceType() === 'script' || /javascript|ecmascript/.test(type);
}

const gzipSize = (bytes: Buffer | string) => gzipSync(bytes).length;

/** Loads `url` in `page`, waits until the network is idle (lazy start-up chunks included), and weighs its JavaScript. */
export async function measurePageLoadJavaScript(page: Page, url: string): Promise<JavaScriptLoad> {
  const bodies: Promise<{ url: string; gzipBytes: number }>[] = [];
  const onResponse = (response: Response) => {
    if (isJavaScript(response)) bodies.push(response.body().then((body) => ({ url: response.url(), gzipBytes: gzipSize(body) })));
  };
  page.on('response', onResponse);
  try {
    await page.goto(url, { waitUntil: 'networkidle' });
  } finally {
    page.off('response', onResponse);
  }
  const inline = await page.locator('script:not([src])').evaluateAll((scripts) =>
    scripts
      .filter((script) => !/json/.test(script.getAttribute('type') ?? ''))
      .map((script) => script.textContent),
  );
  const files = [...(await Promise.all(bodies)), ...inline.map((source, index) => ({ url: `inline script ${index + 1}`, gzipBytes: gzipSize(source) }))];
  return { gzipBytes: files.reduce((sum, file) => sum + file.gzipBytes, 0), files };
}
