import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { unzipSync } from 'fflate';
import { DomUtils, parseDocument } from 'htmlparser2';

export interface UnpackedPackage {
  directory: string;
  /** The SCO's launch URL relative to the package root: resource href plus the item's parameters. */
  launchPath: string;
}

function writeEntries(entries: Record<string, Uint8Array>, directory: string): void {
  for (const [name, bytes] of Object.entries(entries)) {
    const target = path.resolve(directory, name);
    if (!target.startsWith(directory + path.sep)) throw new Error(`Zip entry escapes the package folder: ${name}`);
    if (name.endsWith('/')) {
      mkdirSync(target, { recursive: true });
      continue;
    }
    mkdirSync(path.dirname(target), { recursive: true });
    writeFileSync(target, bytes);
  }
}

// IMS CP: parameters starting with "?" replace the query separator when the href already has one.
function appendParameters(href: string, parameters: string): string {
  if (!parameters) return href;
  if (parameters.startsWith('?') && href.includes('?')) return `${href}&${parameters.slice(1)}`;
  return href + parameters;
}

/** Reads the default organization's first launchable item, as an LMS does. */
export function readLaunchPath(manifestXml: string): string {
  const document = parseDocument(manifestXml, { xmlMode: true });
  const elements = (name: string) => DomUtils.getElementsByTagName(name, document.children, true);
  const defaultId = elements('organizations')[0]?.attribs.default;
  const organization = elements('organization').find((candidate) => candidate.attribs.identifier === defaultId);
  if (!organization) throw new Error(`imsmanifest.xml has no default organization "${defaultId}".`);
  const item = DomUtils.getElementsByTagName('item', organization.children, true).find((candidate) => candidate.attribs.identifierref);
  if (!item) throw new Error('The default organization has no item that points at a resource.');
  const resource = elements('resource').find((candidate) => candidate.attribs.identifier === item.attribs.identifierref);
  if (!resource?.attribs.href) throw new Error(`Item "${item.attribs.identifier}" points at a missing resource or one without href.`);
  const base = resource.attribs['xml:base'] ?? '';
  return appendParameters(base + resource.attribs.href, item.attribs.parameters ?? '');
}

/** Unzips a SCORM package into `directory` and reads its launch URL from imsmanifest.xml. */
export function unpackScormZip(zipFile: string, directory: string): UnpackedPackage {
  const root = path.resolve(directory);
  mkdirSync(root, { recursive: true });
  writeEntries(unzipSync(readFileSync(zipFile)), root);
  const manifest = readFileSync(path.join(root, 'imsmanifest.xml'), 'utf8');
  return { directory: root, launchPath: readLaunchPath(manifest) };
}
