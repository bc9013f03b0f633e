import type { BrowserContext } from '@playwright/test';

/** Problems seen in a browser context: console errors and warnings, uncaught errors, requests to other origins. */
export interface PageGuard {
  problems: string[];
  /** Forgets what was recorded so far: only for the test that proves the guard works. */
  forget(): void;
}

const loopbackHosts = new Set(['127.0.0.1', 'localhost', '[::1]']);

function isLoopback(url: string): boolean {
  const { protocol, hostname } = new URL(url);
  return (protocol === 'http:' || protocol === 'https:' || protocol === 'ws:') && loopbackHosts.has(hostname);
}

/** Watches every page and frame of `context`; requests to anything but loopback are aborted and recorded. */
export async function guardContext(context: BrowserContext, guard: PageGuard): Promise<void> {
  // A warning counts as much as an error: React's duplicate-key warning is a real fault the page hides.
  context.on('console', (message) => {
    const type = message.type();
    if (type !== 'error' && type !== 'warning') return;
    const where = message.location().url || message.page()?.url() || 'unknown page';
    guard.problems.push(`console ${type} at ${where}: ${message.text()}`);
  });
  context.on('weberror', (webError) => {
    guard.problems.push(`uncaught error on ${webError.page()?.url() ?? 'unknown page'}: ${webError.error().stack ?? webError.error().message}`);
  });
  // Privacy promise: the site never talks to another origin, so the test treats any attempt as a failure.
  await context.route('**/*', (route) => {
    const url = route.request().url();
    if (isLoopback(url)) return route.fallback();
    guard.problems.push(`request to another origin: ${url}`);
    return route.abort('blockedbyclient');
  });
}

export function createPageGuard(): PageGuard {
  const guard: PageGuard = {
    problems: [],
    forget: () => void guard.problems.splice(0),
  };
  return guard;
}
