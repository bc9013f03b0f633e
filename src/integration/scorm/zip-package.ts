import { crc32, deflateRawSync } from 'node:zlib';
import { Zip, type ZipInputFile } from 'fflate';
import { isOsJunk } from './collect-course-files';

/** A file compressed once, ready to go into any number of zips (both SCORM versions share every file). */
export interface PackedFile {
  path: string;
  size: number;
  crc: number;
  deflated: Uint8Array<ArrayBuffer>;
}

// Formats that are compressed already: deflating them again costs time and saves nothing.
const ALREADY_COMPRESSED = /\.(woff2?|png|jpe?g|gif|webp|avif|mp3|mp4|webm|ogg|zip|gz|br)$/i;
// A fixed local date keeps the bytes of a package the same on every machine and time zone.
const ENTRY_DATE = new Date(1980, 0, 1);
const DEFLATE = 8;

/**
 * Compresses one file with Node's native zlib: measured three times faster than fflate's JavaScript deflate.
 * Every entry uses method 8 (deflate, level 0 for compressed formats): fflate's streaming Zip writes data
 * descriptors, which some zip readers (Java's ZipInputStream) only accept on deflated entries.
 */
export function packFile(path: string, bytes: Uint8Array): PackedFile {
  checkEntryPath(path);
  return { path, size: bytes.length, crc: crc32(bytes), deflated: deflateRawSync(bytes, { level: compressionLevel(path) }) };
}

/** Throws unless `path` can name an entry of a package. */
export function checkEntryPath(path: string): void {
  if (path.startsWith('/') || path.split('/').includes('..') || isOsJunk(path)) {
    throw new Error(`Cannot put "${path}" in a package: entries are relative paths inside it, and never OS junk files.`);
  }
}

// Level 3, the best-compressing of zlib's fast levels: on built pages and bundles 1.4× as fast as level 4
// and 2× as fast as the default 6, for zips 5% and 9% larger. Packaging time counts against the build's
// lessons-per-second budget.
export const compressionLevel = (path: string) => (ALREADY_COMPRESSED.test(path) ? 0 : 3);

/** A SCORM zip: `imsmanifest.xml` first at the root, then `files` in the order given, no folder entries. */
export function zipPackage(manifestXml: string, files: readonly PackedFile[]): Uint8Array {
  const chunks: Uint8Array[] = [];
  const zip = new Zip((error, chunk) => {
    if (error) throw error;
    chunks.push(chunk);
  });
  const seen = new Set<string>();
  for (const file of [packFile('imsmanifest.xml', new TextEncoder().encode(manifestXml)), ...files]) {
    if (seen.has(file.path)) throw new Error(`Cannot put "${file.path}" in a package twice.`);
    seen.add(file.path);
    const { path: filename, size, crc } = file;
    const entry: ZipInputFile = { filename, size, crc, compression: DEFLATE, mtime: ENTRY_DATE };
    zip.add(entry);
    entry.ondata?.(null, file.deflated, true);
  }
  zip.end();
  return concatenate(chunks);
}

function concatenate(chunks: readonly Uint8Array[]): Uint8Array {
  const out = new Uint8Array(chunks.reduce((total, chunk) => total + chunk.length, 0));
  let offset = 0;
  for (const chunk of chunks) {
    out.set(chunk, offset);
    offset += chunk.length;
  }
  return out;
}
