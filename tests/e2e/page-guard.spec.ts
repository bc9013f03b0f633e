import { expect, test } from './support/fixtures';

// Proves the auto fixture that every other test relies on would fail a test, instead of trusting it.
// The built pages' Content-Security-Policy refuses other origins before any request leaves (the
// content-security-policy spec proves that); the guard's own watch for them is proved with it bypassed.
test.use({ bypassCSP: true });

test('the page guard records console errors and warnings, uncaught errors and requests to other origins', async ({ page, guard }) => {
  await page.goto('/index.html');
  await page.evaluate(() => {
    console.error('deliberate console error');
    console.warn('deliberate console warning');
    setTimeout(() => {
      throw new Error('deliberate uncaught error');
    });
    void fetch('https://fonts.example.com/font.woff2').catch(() => undefined);
  });

  await expect.poll(() => guard.problems.join('\n')).toContain('deliberate console error');
  await expect.poll(() => guard.problems.join('\n')).toMatch(/console warning at .*: deliberate console warning/);
  await expect.poll(() => guard.problems.join('\n')).toContain('deliberate uncaught error');
  await expect.poll(() => guard.problems.join('\n')).toContain('request to another origin: https://fonts.example.com/font.woff2');
  // Chromium also reports the aborted request in the console; wait for it so it cannot arrive after forget().
  await expect.poll(() => guard.problems.join('\n')).toContain('ERR_BLOCKED_BY_CLIENT');
  guard.forget();
});
