import { unzipSync } from 'fflate';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { packFile, zipPackage } from '../../../../src/integration/scorm/zip-package';
import { defined } from '../../../support/defined';

const encode = (text: string) => new TextEncoder().encode(text);
const decode = (bytes: Uint8Array) => new TextDecoder().decode(bytes);

/** Name and compression method of every entry, read from the zip's central directory. */
function centralDirectory(zip: Uint8Array): { name: string; method: number }[] {
  const view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
  const end = zip.length - 22; // no archive comment
  const entries: { name: string; method: number }[] = [];
  let at = view.getUint32(end + 16, true);
  for (let i = 0; i < view.getUint16(end + 10, true); i++) {
    const nameLength = view.getUint16(at + 28, true);
    entries.push({ name: decode(zip.subarray(at + 46, at + 46 + nameLength)), method: view.getUint16(at + 10, true) });
    at += 46 + nameLength + view.getUint16(at + 30, true) + view.getUint16(at + 32, true);
  }
  return entries;
}

describe('zipPackage', () => {
  const script = packFile('_astro/page.B2.js', encode('console.log("peer");'.repeat(50)));
  const files = [
    script,
    packFile('_astro/font.I9.woff2', new Uint8Array([0, 1, 2, 3, 250, 251])),
    packFile('courses/x/index.html', encode('<!DOCTYPE html><title>Ø æ å</title>')),
    packFile('courses/x/blåbær.html', encode('<p>Dansk</p>')),
  ];

  it('round-trips: manifest first at the root, then the files in order, with their exact bytes', () => {
    const unzipped = unzipSync(zipPackage('<manifest/>', files));
    const entry = (name: string) => defined(unzipped[name], `the zip entry ${name}`);
    expect(Object.keys(unzipped)).toEqual([
      'imsmanifest.xml',
      '_astro/page.B2.js',
      '_astro/font.I9.woff2',
      'courses/x/index.html',
      'courses/x/blåbær.html',
    ]);
    expect(decode(entry('imsmanifest.xml'))).toBe('<manifest/>');
    expect(decode(entry('_astro/page.B2.js'))).toBe('console.log("peer");'.repeat(50));
    expect([...entry('_astro/font.I9.woff2')]).toEqual([0, 1, 2, 3, 250, 251]);
    expect(decode(entry('courses/x/index.html'))).toBe('<!DOCTYPE html><title>Ø æ å</title>');
  });

  it('writes no folder entries and compresses text', () => {
    const zip = zipPackage('<manifest/>', files);
    expect(centralDirectory(zip).filter(({ name }) => name.endsWith('/'))).toEqual([]);
    expect(script.deflated.length).toBeLessThan(script.size / 10);
  });

  it('deflates every entry, fonts too, because Java\'s ZipInputStream rejects stored entries with data descriptors', () => {
    expect(centralDirectory(zipPackage('<manifest/>', files)).map(({ method }) => method)).toEqual([8, 8, 8, 8, 8]);
  });

  afterEach(() => {
    vi.useRealTimers();
  });

  it('gives the same bytes every time, whatever the clock says', () => {
    vi.useFakeTimers({ now: new Date(2031, 5, 7, 13, 45) });
    const first = zipPackage('<manifest/>', files);
    vi.setSystemTime(new Date(2042, 0, 2, 8, 30));
    expect(zipPackage('<manifest/>', files)).toEqual(first);
  });

  it('refuses OS junk, absolute paths, paths leaving the package and duplicates', () => {
    expect(() => packFile('courses/x/.DS_Store', encode(''))).toThrow(/OS junk/);
    expect(() => packFile('__MACOSX/a.html', encode(''))).toThrow(/OS junk/);
    expect(() => packFile('/etc/passwd', encode(''))).toThrow(/relative/);
    expect(() => packFile('../outside.html', encode(''))).toThrow(/relative/);
    expect(() => zipPackage('<manifest/>', [script, script])).toThrow(/twice/);
    expect(() => zipPackage('<manifest/>', [packFile('imsmanifest.xml', encode('<other/>'))])).toThrow(/twice/);
  });
});
