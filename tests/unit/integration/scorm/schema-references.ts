import path from 'node:path';
import { create } from 'xmlbuilder2';

const XSD = 'http://www.w3.org/2001/XMLSchema';
const XSI = 'http://www.w3.org/2001/XMLSchema-instance';

/** The files a manifest's `xsi:schemaLocation` names (the second of each namespace/location pair). */
export function readSchemaLocationFiles(manifestXml: string): string[] {
  const root = create(manifestXml).root().node as unknown as Element;
  const pairs = (root.getAttributeNS(XSI, 'schemaLocation') ?? '').trim().split(/\s+/);
  return pairs.filter((_, index) => index % 2 === 1);
}

/**
 * Every file a schema file refers to, as a path from the package root: `xs:include` / `xs:import` /
 * `xs:redefine` locations (a remote one, like w3.org's xml.xsd, by its file name, which packages carry
 * locally), the DTD a doctype names, and the DTDs a DTD pulls in as parameter entities. Comments
 * (lom.xsd comments out its loose variants) are not references.
 */
export function readSchemaReferences(file: string, text: string): string[] {
  const folder = path.posix.dirname(file);
  const resolve = (location: string) =>
    /^https?:/.test(location) ? path.posix.basename(new URL(location).pathname) : path.posix.normalize(path.posix.join(folder, location));
  const withoutComments = text.replace(/<!--[\s\S]*?-->/g, '');
  if (file.endsWith('.dtd')) {
    return [...withoutComments.matchAll(/<!ENTITY\s+%\s+\S+\s+(?:PUBLIC\s+(['"])[^'"]*\1\s+|SYSTEM\s+)(['"])([^'"]+\.dtd)\2/g)].map((match) => resolve(match[3] ?? ''));
  }
  const doctype = /<!DOCTYPE[^>[]*(['"])([^'"]+\.dtd)\1/.exec(withoutComments)?.[2];
  const root = create(withoutComments.replace(/<!DOCTYPE[^>[]*>/, '')).root().node as unknown as Element;
  const locations = ['include', 'import', 'redefine']
    .flatMap((name) => [...root.getElementsByTagNameNS(XSD, name)])
    .map((element) => element.getAttribute('schemaLocation'))
    .filter((location): location is string => !!location);
  return [...(doctype ? [doctype] : []), ...locations].map(resolve);
}
