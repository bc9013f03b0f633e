#!/usr/bin/env node
// `npx peerpath …`: the trainers' command. The project's sources are TypeScript with extensionless
// imports, which Node cannot load by itself, so this bundles src/cli/main.ts with esbuild into
// node_modules/.cache/peerpath and runs it; the bundle is reused until one of its source files
// changes. It imports the same modules the build's content loader uses: one implementation of
// every check.
import { mkdirSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

const projectRoot = path.resolve(import.meta.dirname, '../..');
const [major] = process.versions.node.split('.').map(Number);
if ((major ?? 0) < 22) {
  console.error(`peerpath needs Node 22 or newer (this is Node ${process.versions.node}).\n` +
    'Run it as `npx peerpath …` or through `npm run`: both use the Node 22 the project installs.');
  process.exit(2);
}

const cacheDir = path.join(projectRoot, 'node_modules', '.cache', 'peerpath');
const bundle = path.join(cacheDir, 'cli.mjs');
const inputsFile = path.join(cacheDir, 'cli-inputs.json');

if (!isBundleCurrent()) await bundleCli();
const { runCli } = await import(pathToFileURL(bundle).href);
process.exitCode = await runCli(process.argv.slice(2), projectRoot);

/** The bundle exists and no file it was built from has changed since. */
function isBundleCurrent() {
  try {
    const inputs = JSON.parse(readFileSync(inputsFile, 'utf8'));
    return Object.entries(inputs).every(([file, mtime]) => statSync(path.join(projectRoot, file)).mtimeMs === mtime);
  } catch {
    return false;
  }
}

async function bundleCli() {
  const { build } = await import('esbuild');
  mkdirSync(cacheDir, { recursive: true });
  // Written under a private name and renamed, so two commands started at once never read half a file.
  const scratch = `${bundle}.${process.pid}.tmp.mjs`;
  const result = await build({
    entryPoints: [path.join(projectRoot, 'src/cli/main.ts')],
    absWorkingDir: projectRoot,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node22',
    packages: 'external',
    outfile: scratch,
    metafile: true,
    logLevel: 'silent',
  });
  const inputs = Object.fromEntries(Object.keys(result.metafile.inputs).map((file) => [file, statSync(path.join(projectRoot, file)).mtimeMs]));
  renameSync(scratch, bundle);
  writeFileSync(`${inputsFile}.${process.pid}`, JSON.stringify(inputs));
  renameSync(`${inputsFile}.${process.pid}`, inputsFile);
}
