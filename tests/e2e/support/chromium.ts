import { accessSync, constants } from 'node:fs';
import { execSync } from 'node:child_process';

// Playwright cannot download its own browsers on our machines, so the suite runs on Debian's Chromium.
const debianChromium = '/usr/bin/chromium';

const missingMessage =
  'Chromium not found. Install it with `sudo apt-get install -y chromium`, or set CHROMIUM_PATH to a Chromium/Chrome binary.';

/** Flags that keep Chromium quiet on a closed network: without them it tries to reach Google's services. */
export const chromiumArgs = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

function isExecutable(file: string): boolean {
  try {
    accessSync(file, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

/** CHROMIUM_PATH if it is executable, else Debian's Chromium, else undefined. Never installs anything. */
export function findChromium(): string | undefined {
  const fromEnvironment = process.env.CHROMIUM_PATH;
  if (fromEnvironment && isExecutable(fromEnvironment)) return fromEnvironment;
  if (fromEnvironment) console.warn(`CHROMIUM_PATH=${fromEnvironment} is not an executable file; looking elsewhere.`);
  return isExecutable(debianChromium) ? debianChromium : undefined;
}

function canInstallWithApt(): boolean {
  return process.getuid?.() === 0 && isExecutable('/usr/bin/apt-get');
}

/** Finds Chromium, installing Debian's package when we are root; otherwise says exactly what to do. */
export function resolveChromium(): string {
  const found = findChromium();
  if (found) return found;
  if (!canInstallWithApt()) throw new Error(missingMessage);
  console.log('Chromium not found: installing Debian\'s chromium package (apt-get)...');
  try {
    execSync('apt-get update && apt-get install -y chromium', { stdio: 'inherit' });
  } catch {
    throw new Error(`apt-get could not install chromium. ${missingMessage}`);
  }
  if (!isExecutable(debianChromium)) throw new Error(missingMessage);
  return debianChromium;
}
