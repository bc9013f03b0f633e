import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { courseFolder } from '../../core/site-paths';
import { collectCourseFiles, type KnownSite } from './collect-course-files';
import { createManifest12 } from './manifest-12';
import { createManifest2004 } from './manifest-2004';
import type { PackagedCourse } from './package-identity';
import { packPackageSchemas } from './package-schemas';
import { stripSiteOnly } from './strip-site-only';
import { packFile, type PackedFile, zipPackage } from './zip-package';

export interface CoursePackage {
  scormVersion: '1.2' | '2004';
  /** Absolute path of the zip. */
  path: string;
  /** Size of the zip in bytes. */
  size: number;
  /** Entries in the zip, imsmanifest.xml and the schema files included. */
  fileCount: number;
}

export interface WriteCoursePackagesOptions {
  /** The built (and already relativized) site. */
  distDir: string;
  /** Where the zips go; created if missing. */
  outDir: string;
  course: PackagedCourse;
  /**
   * Shared files (outside the course's folder) already compressed by earlier calls in the same build, by path.
   * Pass one Map to every course's call so bundles in `_astro/` are read and compressed once, not per course.
   */
  packedFiles?: Map<string, PackedFile>;
  /** The site's files and page references, when the build has them already. */
  known?: KnownSite;
  /** Files of the course's folder compressed already, as a package carries them (site-only parts stripped). */
  packedPages?: ReadonlyMap<string, PackedFile>;
}

/**
 * Writes `<course-id>-<version>-scorm12.zip` and `…-scorm2004.zip`. Each file is read and compressed once
 * and goes into both packages; only the manifests and the official schema files at the root differ.
 */
export function writeCoursePackages({
  distDir,
  outDir,
  course,
  packedFiles = new Map(),
  known,
  packedPages,
}: WriteCoursePackagesOptions): CoursePackage[] {
  const read = new Map<string, Uint8Array>();
  const readFile = (file: string) => {
    let bytes = read.get(file);
    if (!bytes) read.set(file, (bytes = readFileSync(path.join(distDir, file))));
    return bytes;
  };
  const files = collectCourseFiles(distDir, course.id, readFile, known);
  const packed = files.map((file) => {
    if (file.startsWith(`${courseFolder(course.id)}/`)) {
      return packedPages?.get(file) ?? packFile(file, packagedBytes(file, readFile(file)));
    }
    let packedFile = packedFiles.get(file);
    if (!packedFile) packedFiles.set(file, (packedFile = packFile(file, readFile(file))));
    return packedFile;
  });

  mkdirSync(outDir, { recursive: true });
  const baseName = path.join(outDir, `${course.id}-${course.version}`);
  const packages = [
    { scormVersion: '1.2', path: `${baseName}-scorm12.zip`, zip: zipPackage(createManifest12(course, files), [...packPackageSchemas('1.2'), ...packed]) },
    { scormVersion: '2004', path: `${baseName}-scorm2004.zip`, zip: zipPackage(createManifest2004(course, files), [...packPackageSchemas('2004'), ...packed]) },
  ] as const;
  return packages.map(({ scormVersion, path: zipPath, zip }) => {
    writeFileSync(zipPath, zip);
    return { scormVersion, path: path.resolve(zipPath), size: zip.length, fileCount: files.length + 1 + packPackageSchemas(scormVersion).length };
  });
}

function packagedBytes(file: string, bytes: Uint8Array): Uint8Array {
  if (!file.endsWith('.html')) return bytes;
  const html = Buffer.from(bytes).toString('utf8');
  const stripped = stripSiteOnly(html);
  return stripped === html ? bytes : Buffer.from(stripped, 'utf8');
}
