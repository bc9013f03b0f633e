import { create } from 'xmlbuilder2';
import { toMinNormalizedMeasure } from '../../core/scorm/pass-mark';
import { createPackageIdentifiers, fileHref, launchHref, type PackagedCourse } from './package-identity';

const IMSCP = 'http://www.imsglobal.org/xsd/imscp_v1p1';
const ADLCP = 'http://www.adlnet.org/xsd/adlcp_v1p3';
const IMSSS = 'http://www.imsglobal.org/xsd/imsss';
const LOM = 'http://ltsc.ieee.org/xsd/LOM';
const XSI = 'http://www.w3.org/2001/XMLSchema-instance';
const XMLNS = 'http://www.w3.org/2000/xmlns/';

/**
 * `imsmanifest.xml` for SCORM 2004 4th Edition: one organization with one item launching one SCO that lists
 * every file, the course described in LOM, and the pass mark on the primary objective (satisfied by
 * measure), which the LMS hands the course as `cmi.scaled_passing_score` and compares with
 * `cmi.score.scaled` just as the course does. No completion threshold (the LMS would then compute
 * completion itself) and no time limits.
 */
export function createManifest2004(course: PackagedCourse, files: readonly string[]): string {
  const ids = createPackageIdentifiers(course);
  const manifest = create({ version: '1.0', encoding: 'UTF-8' })
    .ele(IMSCP, 'manifest', { identifier: ids.manifest, version: course.version })
    .att(XMLNS, 'xmlns:adlcp', ADLCP)
    .att(XMLNS, 'xmlns:imsss', IMSSS)
    .att(XMLNS, 'xmlns:xsi', XSI)
    .att(XSI, 'xsi:schemaLocation', [
      `${IMSCP} imscp_v1p1.xsd`,
      `${ADLCP} adlcp_v1p3.xsd`,
      `${IMSSS} imsss_v1p0.xsd`,
      `${LOM} lom.xsd`,
    ].join(' '));

  const metadata = manifest.ele('metadata');
  metadata.ele('schema').txt('ADL SCORM').up().ele('schemaversion').txt('2004 4th Edition');
  const general = metadata.ele(LOM, 'lom').ele('general');
  general.ele('title').ele('string', { language: course.language }).txt(course.title);
  general.ele('description').ele('string', { language: course.language }).txt(course.summary);

  const organization = manifest
    .ele('organizations', { default: ids.organization })
    .ele('organization', { identifier: ids.organization });
  organization.ele('title').txt(course.title);
  const item = organization.ele('item', { identifier: ids.item, identifierref: ids.resource, parameters: '?scorm=2004' });
  item.ele('title').txt(course.title);
  const sequencing = item.ele(IMSSS, 'imsss:sequencing');
  if (course.passMark !== undefined) {
    sequencing.ele('imsss:objectives')
      .ele('imsss:primaryObjective', { objectiveID: 'course-pass-mark', satisfiedByMeasure: 'true' })
      .ele('imsss:minNormalizedMeasure').txt(toMinNormalizedMeasure(course.passMark));
  }
  // Only the course decides completion and success; with the defaults (false) an LMS may mark an
  // attempt completed just because the SCO was closed.
  sequencing.ele('imsss:deliveryControls', { completionSetByContent: 'true', objectiveSetByContent: 'true' });
  // flow lets the LMS start the single SCO by itself instead of waiting for a menu choice.
  organization.ele(IMSSS, 'imsss:sequencing').ele('imsss:controlMode', { choice: 'true', flow: 'true' });

  const resource = manifest
    .ele('resources')
    .ele('resource', { identifier: ids.resource, type: 'webcontent', href: launchHref(course.id) })
    .att(ADLCP, 'adlcp:scormType', 'sco');
  for (const file of files) resource.ele('file', { href: fileHref(file) });

  return manifest.end({ prettyPrint: true });
}
