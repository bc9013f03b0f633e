import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { packFile, type PackedFile } from './zip-package';

export type PackageVersion = '1.2' | '2004';

// Vendored official files (see schemas/README.md): the project never reads /work/shared or the network.
const schemasDirectory = fileURLToPath(new URL('./schemas/', import.meta.url));
const folders: Record<PackageVersion, string> = { '1.2': 'scorm12', '2004': 'scorm2004' };
const packed = new Map<PackageVersion, PackedFile[]>();

/** The schema files a package carries at its root, with the paths they have there (e.g. `common/dataTypes.xsd`). */
export function listPackageSchemaFiles(version: PackageVersion): string[] {
  const folder = path.join(schemasDirectory, folders[version]);
  return readdirSync(folder, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile())
    .map((entry) => path.relative(folder, path.join(entry.parentPath, entry.name)).split(path.sep).join('/'))
    .sort();
}

/**
 * The files named in the manifest's `xsi:schemaLocation` and every file they include or import,
 * compressed once per build and shared by every course's package of that version.
 */
export function packPackageSchemas(version: PackageVersion): PackedFile[] {
  let files = packed.get(version);
  if (!files) {
    const folder = path.join(schemasDirectory, folders[version]);
    files = listPackageSchemaFiles(version).map((file) => packFile(file, readFileSync(path.join(folder, file))));
    packed.set(version, files);
  }
  return files;
}
