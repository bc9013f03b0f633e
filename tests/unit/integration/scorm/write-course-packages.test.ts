import { readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { unzipSync } from 'fflate';
import { create } from 'xmlbuilder2';
import { describe, expect, it } from 'vitest';
import { relativizeSiteUrls } from '../relativize-site';
import type { PackedFile } from '../../../../src/integration/scorm/zip-package';
import { listPackageSchemaFiles } from '../../../../src/integration/scorm/package-schemas';
import { writeCoursePackages } from '../../../../src/integration/scorm/write-course-packages';
import { coursePage, createBuiltSite } from './built-site';
import { readSchemaLocationFiles, readSchemaReferences } from './schema-references';
import { defined } from '../../../support/defined';

const course = { id: 'x', title: 'Listening well', summary: 'How to listen.', version: '1.0.0', language: 'en' as const };

function createSite() {
  const dist = createBuiltSite({
    'index.html': coursePage('x'),
    'courses/x/index.html': coursePage('x'),
    'courses/x/second.html': coursePage('x'),
    'courses/x/search-index.json': '{"docs":[]}',
    'courses/x/.DS_Store': 'junk',
    'courses/y/index.html': coursePage('y'),
    '_astro/index.A1.css': 'body{margin:0}',
    '_astro/page.B2.js': 'import"./shared.E5.js";',
    '_astro/shared.E5.js': '',
    '_astro/Quiz.C3.js': '',
    '_astro/client.D4.js': '',
  });
  relativizeSiteUrls(dist);
  return dist;
}

const listedFiles = (manifestXml: string) =>
  [...(create(manifestXml).root().node as unknown as Element).getElementsByTagName('file')].map((file) =>
    decodeURIComponent(file.getAttribute('href') ?? ''),
  );

describe('writeCoursePackages', () => {
  it('writes both zips, named by course id and version, and reports their paths, sizes and file counts', () => {
    const dist = createSite();
    const packages = writeCoursePackages({ distDir: dist, outDir: path.join(dist, 'scorm'), course });
    expect(packages.map(({ scormVersion, path: zipPath, fileCount }) => [scormVersion, path.relative(dist, zipPath), fileCount])).toEqual([
      ['1.2', 'scorm/x-1.0.0-scorm12.zip', 9 + listPackageSchemaFiles('1.2').length],
      ['2004', 'scorm/x-1.0.0-scorm2004.zip', 9 + listPackageSchemaFiles('2004').length],
    ]);
    for (const zip of packages) expect(statSync(zip.path).size).toBe(zip.size);
  });

  it.each([
    ['1.2', 0, 'adlcp:scormtype="sco"'],
    ['2004', 1, 'adlcp:scormType="sco"'],
  ] as const)('SCORM %s zip: manifest at the root, then the schema files, then every listed file from the site, nothing else', (version, index, scormType) => {
    const dist = createSite();
    const written = defined(writeCoursePackages({ distDir: dist, outDir: path.join(dist, 'scorm'), course })[index], `package ${index}`);
    const zip = unzipSync(readFileSync(written.path));
    const manifestXml = new TextDecoder().decode(defined(zip['imsmanifest.xml'], 'imsmanifest.xml in the zip'));
    expect(manifestXml).toContain(scormType);
    const listed = listedFiles(manifestXml);
    expect(Object.keys(zip)).toEqual(['imsmanifest.xml', ...listPackageSchemaFiles(version), ...listed]);
    expect(listed).toEqual([...listed].sort());
    expect(listed).toContain('courses/x/index.html');
    expect(listed.filter((file) => file.startsWith('courses/y/') || file === 'index.html' || file.endsWith('.DS_Store'))).toEqual([]);
    for (const file of listed) expect(zip[file]).toEqual(new Uint8Array(readFileSync(path.join(dist, file))));
  });

  it.each([
    ['1.2', 0],
    ['2004', 1],
  ] as const)('SCORM %s zip: every schema the manifest names in xsi:schemaLocation is at the root, with all it includes and imports', (_, index) => {
    const dist = createSite();
    const written = defined(writeCoursePackages({ distDir: dist, outDir: path.join(dist, 'scorm'), course })[index], `package ${index}`);
    const zip = unzipSync(readFileSync(written.path));
    const named = readSchemaLocationFiles(new TextDecoder().decode(defined(zip['imsmanifest.xml'], 'imsmanifest.xml in the zip')));
    expect(named.length).toBeGreaterThanOrEqual(3);
    const needed = new Set<string>();
    const missing: string[] = [];
    const visit = (file: string, from: string) => {
      if (needed.has(file)) return;
      needed.add(file);
      if (!zip[file]) missing.push(`${file} (named by ${from})`);
      else for (const reference of readSchemaReferences(file, new TextDecoder().decode(zip[file]))) visit(reference, file);
    };
    for (const file of named) visit(file, 'imsmanifest.xml');
    expect(missing).toEqual([]);
    // Nothing shipped that no schema needs (which also catches a reference this reader would miss).
    expect([...needed].sort()).toEqual(Object.keys(zip).filter((file) => /\.(xsd|dtd)$/.test(file)).sort());
  });

  it('compresses the files the courses share only once, when given one map for the whole build', () => {
    const dist = createSite();
    const packedFiles = new Map<string, PackedFile>();
    writeCoursePackages({ distDir: dist, outDir: path.join(dist, 'scorm'), course, packedFiles });
    const shared = packedFiles.get('_astro/page.B2.js');
    writeCoursePackages({ distDir: dist, outDir: path.join(dist, 'scorm'), course: { ...course, id: 'y', title: 'Other' }, packedFiles });
    expect(packedFiles.get('_astro/page.B2.js')).toBe(shared);
    expect([...packedFiles.keys()].filter((file) => file.startsWith('courses/'))).toEqual([]);
  });
});
