import { assertSiteBuilt } from './support/built-site';
import { resolveChromium } from './support/chromium';

/** Runs once before any worker: a clear failure beats forty confusing ones. */
export default function globalSetup(): void {
  assertSiteBuilt();
  // Workers inherit this, so every project launches the browser found (or installed) here.
  process.env.CHROMIUM_PATH = resolveChromium();
}
