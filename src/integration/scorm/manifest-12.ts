import { create } from 'xmlbuilder2';
import { toMasteryScore12 } from '../../core/scorm/pass-mark';
import { createPackageIdentifiers, fileHref, launchHref, type PackagedCourse } from './package-identity';

const IMSCP = 'http://www.imsproject.org/xsd/imscp_rootv1p1p2';
const ADLCP = 'http://www.adlnet.org/xsd/adlcp_rootv1p2';
const IMSMD = 'http://www.imsglobal.org/xsd/imsmd_rootv1p2p1';
const XSI = 'http://www.w3.org/2001/XMLSchema-instance';
const XMLNS = 'http://www.w3.org/2000/xmlns/';
const XML = 'http://www.w3.org/XML/1998/namespace';

/**
 * `imsmanifest.xml` for SCORM 1.2: one organization with one item launching one SCO that lists every file,
 * the course described in IMS metadata, and the pass mark as `adlcp:masteryscore`. LMSs such as Moodle then
 * set passed/failed from the raw score at LMSFinish, so the course's own verdict is the same comparison
 * (course score against this pass mark) and the raw score is only sent once the course is complete.
 */
export function createManifest12(course: PackagedCourse, files: readonly string[]): string {
  const ids = createPackageIdentifiers(course);
  const manifest = create({ version: '1.0', encoding: 'UTF-8' })
    .ele(IMSCP, 'manifest', { identifier: ids.manifest, version: course.version })
    .att(XMLNS, 'xmlns:adlcp', ADLCP)
    .att(XMLNS, 'xmlns:imsmd', IMSMD)
    .att(XMLNS, 'xmlns:xsi', XSI)
    .att(XSI, 'xsi:schemaLocation', [
      `${IMSCP} imscp_rootv1p1p2.xsd`,
      `${IMSMD} imsmd_rootv1p2p1.xsd`,
      `${ADLCP} adlcp_rootv1p2.xsd`,
    ].join(' '));

  const metadata = manifest.ele('metadata');
  metadata.ele('schema').txt('ADL SCORM').up().ele('schemaversion').txt('1.2');
  const general = metadata.ele(IMSMD, 'imsmd:lom').ele(IMSMD, 'imsmd:general');
  const langString = (parent: typeof general, name: string, text: string) =>
    parent.ele(IMSMD, `imsmd:${name}`).ele(IMSMD, 'imsmd:langstring').att(XML, 'xml:lang', course.language).txt(text);
  langString(general, 'title', course.title);
  langString(general, 'description', course.summary);

  const organization = manifest
    .ele('organizations', { default: ids.organization })
    .ele('organization', { identifier: ids.organization });
  organization.ele('title').txt(course.title);
  const item = organization.ele('item', { identifier: ids.item, identifierref: ids.resource, isvisible: 'true', parameters: '?scorm=12' });
  item.ele('title').txt(course.title);
  if (course.passMark !== undefined) item.ele(ADLCP, 'adlcp:masteryscore').txt(toMasteryScore12(course.passMark));

  const resource = manifest
    .ele('resources')
    .ele('resource', { identifier: ids.resource, type: 'webcontent', href: launchHref(course.id) })
    .att(ADLCP, 'adlcp:scormtype', 'sco');
  for (const file of files) resource.ele('file', { href: fileHref(file) });

  return manifest.end({ prettyPrint: true });
}
