import { randomBytes } from 'node:crypto';
import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { startStaticServer } from './static-server';
import { unpackScormZip } from './unpack-scorm-zip';
import { UsageError } from './usage-error';

const PRESETS = ['moodle', 'strict', 'lenient', 'failing'];
const PREVIEW_PAGE = 'trainers/lms-preview.html';

interface PreviewLmsPaths {
  projectRoot: string;
}

/** A built course's package: dist/scorm/<course>-<version>-scorm12.zip or …-scorm2004.zip. */
function findPackage(scormDir: string, course: string | undefined, version: '12' | '2004'): { course: string; zip: string } {
  const suffix = `-scorm${version}.zip`;
  const names = existsSync(scormDir) ? readdirSync(scormDir).filter((name) => name.endsWith(suffix)).sort() : [];
  const courseOf = (name: string) => name.slice(0, -suffix.length).replace(/-\d[^-]*$/, '');
  const built = names.map(courseOf);
  const index = course === undefined ? 0 : built.indexOf(course);
  const name = names[index];
  if (name === undefined) {
    const found = built.length > 0 ? `Built courses: ${built.join(', ')}.` : 'No course is built yet.';
    throw new UsageError(`There is no built SCORM ${version === '12' ? '1.2' : '2004'} package${course ? ` for "${course}"` : ''} in ${scormDir}. ${found}\nRun \`npm run build\` first: the preview launches the package the build wrote.`);
  }
  return { course: courseOf(name), zip: path.join(scormDir, name) };
}

/**
 * `peerpath preview-lms [course] [--scorm 1.2|2004] [--preset moodle|strict|lenient|failing]`: serves the
 * built site and the course's unpacked package (from a deep path, as an LMS does) on this computer, and
 * prints the address of the LMS preview that launches it. Runs until Ctrl+C.
 */
export async function runPreviewLmsCommand(args: readonly string[], { projectRoot }: PreviewLmsPaths, stop: Promise<unknown>): Promise<number> {
  const { values, positionals } = parsePreviewArgs(args);
  const [course, extra] = positionals;
  if (extra !== undefined) throw new UsageError(`preview-lms takes at most one course (got "${course}" and "${extra}").`);
  const version = values.scorm === '1.2' || values.scorm === '12' ? '12' : values.scorm === '2004' ? '2004' : undefined;
  if (!version) throw new UsageError(`--scorm is 1.2 or 2004 (got "${values.scorm}").`);
  if (!PRESETS.includes(values.preset)) throw new UsageError(`--preset is one of ${PRESETS.join(', ')} (got "${values.preset}").`);
  const port = Number(values.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new UsageError(`--port is a port number (got "${values.port}").`);
  const distDir = path.resolve(projectRoot, values.dist);
  if (!existsSync(path.join(distDir, PREVIEW_PAGE))) throw new UsageError(`${path.join(distDir, PREVIEW_PAGE)} is missing. Run \`npm run build\` first.`);
  const found = findPackage(path.join(distDir, 'scorm'), course, version);

  const unpacked = mkdtempSync(path.join(tmpdir(), 'peerpath-lms-preview-'));
  try {
    const { launchPath } = unpackScormZip(found.zip, unpacked);
    // A folder the course cannot know in advance, as an LMS serves a package from.
    const folder = `/lms/content/${randomBytes(4).toString('hex')}/`;
    const server = await startStaticServer({ '/': distDir, [folder]: unpacked }, port);
    const query = new URLSearchParams({ course: found.course, scorm: version, preset: values.preset, launch: folder + launchPath });
    console.log(`LMS preview of ${path.basename(found.zip)} (SCORM ${version === '12' ? '1.2' : '2004'}, ${values.preset}):\n\n  ${server.origin}/${PREVIEW_PAGE}?${query}\n\nOpen the address in a browser. Press Ctrl+C to stop.`);
    await stop;
    await server.close();
  } finally {
    rmSync(unpacked, { recursive: true, force: true });
  }
  return 0;
}

function parsePreviewArgs(args: readonly string[]) {
  try {
    return parseArgs({
      args: [...args],
      allowPositionals: true,
      options: {
        scorm: { type: 'string', default: '2004' },
        preset: { type: 'string', default: 'moodle' },
        port: { type: 'string', default: '4329' },
        dist: { type: 'string', default: 'dist' },
        verbose: { type: 'boolean', default: false },
      },
    });
  } catch (error) {
    throw new UsageError(error instanceof Error ? error.message : String(error));
  }
}
