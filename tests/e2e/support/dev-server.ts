import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import path from 'node:path';
import { repositoryRoot } from './built-site';

export interface DevServer {
  url: string;
  output: () => string;
  stop: () => Promise<void>;
}

/** A free loopback port: ask the OS for one, then give it back for the dev server to take. */
async function findFreePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}

/** `astro dev` (what `npm run dev` runs) on another courses folder, loopback only. */
export async function startDevServer(coursesDir: string): Promise<DevServer> {
  const port = await findFreePort();
  let output = '';
  const child: ChildProcess = spawn(
    path.join(repositoryRoot, 'node_modules/.bin/astro'),
    ['dev', '--host', '127.0.0.1', '--port', String(port)],
    {
      cwd: repositoryRoot,
      env: { ...process.env, PEERPATH_COURSES_DIR: coursesDir, ASTRO_TELEMETRY_DISABLED: '1', PATH: `${path.join(repositoryRoot, 'node_modules/.bin')}:${process.env.PATH}` },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  child.stdout?.on('data', (chunk) => (output += String(chunk)));
  child.stderr?.on('data', (chunk) => (output += String(chunk)));
  const url = `http://127.0.0.1:${port}`;
  // Ready when Astro says so; a deadline (not a pause) for a server that never does.
  await new Promise<void>((resolve, reject) => {
    const fail = (why: string) => {
      clearTimeout(deadline);
      child.kill();
      reject(new Error(`astro dev ${why}:\n${output}`));
    };
    const deadline = setTimeout(() => fail('did not start within 60 s'), 60_000);
    const checkReady = () => {
      if (!/watching for file changes/.test(output)) return;
      clearTimeout(deadline);
      resolve();
    };
    child.stdout?.on('data', checkReady);
    child.stderr?.on('data', checkReady);
    child.once('exit', () => fail('exited before it was ready'));
  });
  return {
    url,
    output: () => output,
    stop: () =>
      new Promise((resolve) => {
        if (child.exitCode !== null) {
          resolve();
          return;
        }
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
      }),
  };
}
