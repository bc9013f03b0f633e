import { create } from 'xmlbuilder2';
import { createPackageIdentifiers, fileHref, launchHref, type PackagedCourse } from './package-identity';

const IMSCP = 'http://www.imsproject.org/xsd/imscp_rootv1p1p2';
const ADLCP = 'http://www.adlnet.org/xsd/adlcp_rootv1p2';
const IMSMD = 'http://www.imsglobal.org/xsd/imsmd_rootv1p2p1';
const XSI = 'http://www.w3.org/2001/XMLSchema-instance';
const XMLNS = 'http://www.w3.org/2000/xmlns/';

/**
 * `imsmanifest.xml` for SCORM 1.2: one organization with one item launching one SCO that lists every file.
 * No adlcp:masteryscore: the course reports passed/failed itself, and LMSs disagree on what the score overrides.
 */
export function createManifest12(course: PackagedCourse, files: readonly string[]): string {
  const ids = createPackageIdentifiers(course);
  const manifest = create({ version: '1.0', encoding: 'UTF-8' })
    .ele(IMSCP, 'manifest', { identifier: ids.manifest, version: course.version })
    .att(XMLNS, 'xmlns:adlcp', ADLCP)
    .att(XMLNS, 'xmlns:xsi', XSI)
    .att(XSI, 'xsi:schemaLocation', [
      `${IMSCP} imscp_rootv1p1p2.xsd`,
      `${IMSMD} imsmd_rootv1p2p1.xsd`,
      `${ADLCP} adlcp_rootv1p2.xsd`,
    ].join(' '));

  manifest.ele('metadata').ele('schema').txt('ADL SCORM').up().ele('schemaversion').txt('1.2');

  const organization = manifest
    .ele('organizations', { default: ids.organization })
    .ele('organization', { identifier: ids.organization });
  organization.ele('title').txt(course.title);
  organization
    .ele('item', { identifier: ids.item, identifierref: ids.resource, isvisible: 'true', parameters: '?scorm=12' })
    .ele('title').txt(course.title);

  const resource = manifest
    .ele('resources')
    .ele('resource', { identifier: ids.resource, type: 'webcontent', href: launchHref(course.id) })
    .att(ADLCP, 'adlcp:scormtype', 'sco');
  for (const file of files) resource.ele('file', { href: fileHref(file) });

  return manifest.end({ prettyPrint: true });
}
