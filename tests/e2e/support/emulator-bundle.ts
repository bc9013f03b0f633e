import { build } from 'esbuild';
import path from 'node:path';
import { repositoryRoot } from './built-site';

/**
 * Bundles the emulated LMS (src/runtime/lms-emulator/, the one the trainers' LMS preview runs) into
 * `outdir` for the test LMS page (lms/harness.js), which imports it from /lms/emulator/index.js.
 */
export async function bundleLmsEmulator(outdir: string): Promise<void> {
  await build({
    entryPoints: [path.join(repositoryRoot, 'src/runtime/lms-emulator/index.ts')],
    absWorkingDir: repositoryRoot,
    bundle: true,
    splitting: true,
    format: 'esm',
    platform: 'browser',
    target: 'es2022',
    outdir,
    logLevel: 'silent',
  });
}
