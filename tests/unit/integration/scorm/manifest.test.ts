import { create } from 'xmlbuilder2';
import { describe, expect, it } from 'vitest';
import { createManifest12 } from '../../../../src/integration/scorm/manifest-12';
import { createManifest2004 } from '../../../../src/integration/scorm/manifest-2004';
import type { PackagedCourse } from '../../../../src/integration/scorm/package-identity';
import { defined } from '../../../support/defined';

const course: PackagedCourse = {
  id: 'peer-support-facilitation',
  title: 'Co-facilitating peer groups: "safe" & brave spaces <together>',
  summary: 'How volunteers with lived experience co-facilitate peer-support groups.',
  version: '1.2.0',
  language: 'en',
  passMark: 80,
};
const files = [
  '_astro/client.D4.js',
  '_astro/index.A1.css',
  'courses/peer-support-facilitation/index.html',
  'courses/peer-support-facilitation/my page.html',
];

const versions = [
  {
    name: 'SCORM 1.2',
    create: createManifest12,
    xml: createManifest12(course, files),
    snapshot: './__snapshots__/imsmanifest-scorm12.xml',
    contentPackaging: 'http://www.imsproject.org/xsd/imscp_rootv1p1p2',
    adlcp: 'http://www.adlnet.org/xsd/adlcp_rootv1p2',
    scormTypeAttribute: 'scormtype',
    schemaversion: '1.2',
    parameters: '?scorm=12',
  },
  {
    name: 'SCORM 2004',
    create: createManifest2004,
    xml: createManifest2004(course, files),
    snapshot: './__snapshots__/imsmanifest-scorm2004.xml',
    contentPackaging: 'http://www.imsglobal.org/xsd/imscp_v1p1',
    adlcp: 'http://www.adlnet.org/xsd/adlcp_v1p3',
    scormTypeAttribute: 'scormType',
    schemaversion: '2004 4th Edition',
    parameters: '?scorm=2004',
  },
];

function parse(xml: string) {
  return create(xml).root().node as unknown as Element;
}

describe.each(versions)('$name manifest', (version) => {
  const manifest = parse(version.xml);
  const elements = (name: string) => [...manifest.getElementsByTagNameNS(version.contentPackaging, name)];
  const only = (name: string) => {
    const found = elements(name);
    expect(found, name).toHaveLength(1);
    return defined(found[0], `a <${name}>`);
  };

  it('matches the reviewed snapshot', async () => {
    await expect(version.xml).toMatchFileSnapshot(version.snapshot);
  });

  it('states ADL SCORM and the exact schema version', () => {
    expect(only('schema').textContent).toBe('ADL SCORM');
    expect(only('schemaversion').textContent).toBe(version.schemaversion);
    expect(manifest.namespaceURI).toBe(version.contentPackaging);
  });

  it('has unique identifiers, and every reference points at something that exists', () => {
    const ids = [...version.xml.matchAll(/\bidentifier="([^"]+)"/g)].flatMap((match) => match[1] ?? []);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids).toEqual([
      'peerpath-peer-support-facilitation-1.2.0',
      'org-peer-support-facilitation',
      'item-peer-support-facilitation',
      'sco-peer-support-facilitation',
    ]);
    expect(only('organizations').getAttribute('default')).toBe(only('organization').getAttribute('identifier'));
    expect(only('item').getAttribute('identifierref')).toBe(only('resource').getAttribute('identifier'));
  });

  it('launches the course overview as a namespaced SCO, with the runtime told its SCORM version', () => {
    const resource = only('resource');
    expect(resource.getAttribute('href')).toBe('courses/peer-support-facilitation/index.html');
    expect(resource.getAttribute('type')).toBe('webcontent');
    expect(resource.getAttributeNS(version.adlcp, version.scormTypeAttribute)).toBe('sco');
    expect(only('item').getAttribute('parameters')).toBe(version.parameters);
  });

  it('lists every packaged file, percent-encoded where a name needs it', () => {
    expect(elements('file').map((file) => file.getAttribute('href'))).toEqual([
      '_astro/client.D4.js',
      '_astro/index.A1.css',
      'courses/peer-support-facilitation/index.html',
      'courses/peer-support-facilitation/my%20page.html',
    ]);
  });

  it('carries the title as written, escaped by the XML builder', () => {
    expect(elements('title').map((title) => title.textContent)).toEqual([course.title, course.title]);
  });

  it('sets no time limits or completion threshold that would override the course', () => {
    expect(version.xml).not.toMatch(/maxtimeallowed|timeLimitAction|timelimitaction|completionThreshold|attemptAbsoluteDurationLimit/);
  });

  it('states no pass mark for a course that never reports a score', () => {
    const { passMark: _, ...unscored } = course;
    expect(version.create(unscored, files)).not.toMatch(/masteryscore|minNormalizedMeasure|satisfiedByMeasure/);
  });

  it("keeps the item identifier across versions, so LMSs keep learners' records when a course is republished", () => {
    const next = parse(version.create({ ...course, version: '1.3.0' }, files));
    expect(next.getAttribute('identifier')).toBe('peerpath-peer-support-facilitation-1.3.0');
    const nextItem = defined(next.getElementsByTagNameNS(version.contentPackaging, 'item')[0], 'an <item>');
    expect(nextItem.getAttribute('identifier')).toBe(only('item').getAttribute('identifier'));
  });
});

describe('SCORM 1.2 manifest metadata and pass mark', () => {
  const imsmd = 'http://www.imsglobal.org/xsd/imsmd_rootv1p2p1';
  const adlcp = 'http://www.adlnet.org/xsd/adlcp_rootv1p2';

  it('describes the course in IMS metadata, in the course language', () => {
    const manifest = parse(createManifest12({ ...course, language: 'da' }, files));
    const strings = [...manifest.getElementsByTagNameNS(imsmd, 'langstring')];
    const described = strings.map((string) => [string.parentElement?.localName, string.getAttribute('xml:lang'), string.textContent]);
    expect(described).toEqual([
      ['title', 'da', course.title],
      ['description', 'da', course.summary],
    ]);
  });

  it.each([
    [80, '80'],
    [66.5, '66.5'],
    // The course score is a whole percentage: a mark rounded up keeps "score ≥ mark" the same comparison.
    [66.001, '66.01'],
  ])('hands the LMS the pass mark %s as the item\'s masteryscore %s', (passMark, masteryscore) => {
    const manifest = parse(createManifest12({ ...course, passMark }, files));
    const mastery = [...manifest.getElementsByTagNameNS(adlcp, 'masteryscore')];
    expect(mastery.map((element) => [element.parentElement?.localName, element.textContent])).toEqual([['item', masteryscore]]);
  });
});

describe('SCORM 2004 manifest metadata and sequencing', () => {
  const manifest = parse(createManifest2004({ ...course, language: 'da' }, files));
  const lom = 'http://ltsc.ieee.org/xsd/LOM';
  const imsss = 'http://www.imsglobal.org/xsd/imsss';

  it('describes the course in inline LOM, in the course language', () => {
    const strings = [...manifest.getElementsByTagNameNS(lom, 'string')];
    const described = strings.map((string) => [string.parentElement?.localName, string.getAttribute('language'), string.textContent]);
    expect(described).toEqual([
      ['title', 'da', course.title],
      ['description', 'da', course.summary],
    ]);
  });

  it('leaves completion and success to the course, and lets the LMS start the single SCO by itself', () => {
    const delivery = defined(manifest.getElementsByTagNameNS(imsss, 'deliveryControls')[0], 'a <deliveryControls>');
    expect(delivery.getAttribute('completionSetByContent')).toBe('true');
    expect(delivery.getAttribute('objectiveSetByContent')).toBe('true');
    const controlMode = defined(manifest.getElementsByTagNameNS(imsss, 'controlMode')[0], 'a <controlMode>');
    expect([controlMode.getAttribute('choice'), controlMode.getAttribute('flow')]).toEqual(['true', 'true']);
    expect(controlMode.parentElement?.parentElement?.localName).toBe('organization');
  });

  it("hands the LMS the pass mark as the primary objective's normalized measure, before the delivery controls", () => {
    const primary = defined(manifest.getElementsByTagNameNS(imsss, 'primaryObjective')[0], 'a <primaryObjective>');
    expect(primary.getAttribute('satisfiedByMeasure')).toBe('true');
    expect(primary.getElementsByTagNameNS(imsss, 'minNormalizedMeasure')[0]?.textContent).toBe('0.8');
    const sequencing = primary.parentElement?.parentElement;
    expect(sequencing?.parentElement?.localName).toBe('item');
    const children = [...(sequencing?.childNodes ?? [])].filter((child): child is Element => child.nodeType === 1);
    expect(children.map((child) => child.localName)).toEqual(['objectives', 'deliveryControls']);
  });
});
