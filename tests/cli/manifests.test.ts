/**
 * The LMS's view of a package: imsmanifest.xml (SCORM 1.2, SCORM 2004 4th Edition) and
 * cmi5.xml, parsed back with fast-xml-parser. One SCO / AU per scenario launching
 * `index.html?scenario=<id>`, identifiers from the course and scenario ids, the pass
 * mark where each standard keeps it, and an author's `<&"` in a title kept as text.
 */
import { describe, expect, it } from 'vitest';
import { cmi5Structure, scormManifest, type PackageCourse } from '../../src/cli/manifests';
import { parseManifest, type ManifestNode } from '../support/manifest-xml';

const COURSE: PackageCourse = {
  id: 'my course',
  title: 'Leading <teams> & "people"',
  scenarios: [
    { id: 'missed-deadline', title: 'The <Missed> Deadline & "after"', summary: 'A & B' },
    { id: 'project-slipping', title: 'Slipping', summary: 'S' },
  ],
  passScore: 70,
  moveOn: 'Completed',
  files: ['index.html', 'assets/index-abc.js', 'assets/style.css'],
};

describe('imsmanifest.xml', () => {
  it.each([
    ['scorm12', '1.2', 'http://www.imsproject.org/xsd/imscp_rootv1p1p2', '@adlcp:scormtype'],
    [
      'scorm2004',
      '2004 4th Edition',
      'http://www.imsglobal.org/xsd/imscp_v1p1',
      '@adlcp:scormType',
    ],
  ] as const)(
    '%s: one SCO per scenario, each launching its scenario',
    (format, version, ns, type) => {
      const manifest = parseManifest(scormManifest(format, COURSE)).manifest as ManifestNode;
      expect(manifest['@xmlns']).toBe(ns);
      expect(manifest['@identifier']).toBe('casebook-my-course');
      expect(manifest.metadata).toEqual({ schema: 'ADL SCORM', schemaversion: version });
      const organizations = manifest.organizations as ManifestNode;
      const org = organizations.organization as ManifestNode;
      expect(organizations['@default']).toBe(org['@identifier']);
      expect(org.title).toBe(COURSE.title);
      const items = org.item as ManifestNode[];
      expect(items.map((i) => i['@identifier'])).toEqual([
        'item-missed-deadline',
        'item-project-slipping',
      ]);
      expect(items[0]?.title).toBe('The <Missed> Deadline & "after"');
      const resources = (manifest.resources as ManifestNode).resource as ManifestNode[];
      const byId = new Map(resources.map((r) => [r['@identifier'], r]));
      for (const [item, scenario] of items.map((i, n) => [i, COURSE.scenarios[n]] as const)) {
        const sco = byId.get(item['@identifierref']);
        expect(sco?.[type]).toBe('sco');
        expect(sco?.['@href']).toBe(`index.html?scenario=${scenario?.id}`);
      }
      const app = byId.get('app');
      expect(app?.[type]).toBe('asset');
      expect((app?.file as ManifestNode[]).map((f) => f['@href'])).toEqual(COURSE.files);
      if (format === 'scorm12')
        expect(items.map((i) => i['adlcp:masteryscore'])).toEqual(['70', '70']);
      else expect(org['imsss:sequencing']).toBeDefined();
    },
  );

  it('gives the same identifiers on every build of the same course', () => {
    expect(scormManifest('scorm12', COURSE)).toBe(scormManifest('scorm12', { ...COURSE }));
  });
});

describe('cmi5.xml', () => {
  it('has one AU per scenario, with its URL, launch method, moveOn and mastery score', () => {
    const structure = parseManifest(cmi5Structure(COURSE)).courseStructure as ManifestNode;
    expect(structure['@xmlns']).toBe('https://w3id.org/xapi/profiles/cmi5/v1/CourseStructure.xsd');
    const course = structure.course as ManifestNode;
    expect(course['@id']).toBe('urn:casebook:course:my%20course');
    expect((course.title as ManifestNode).langstring).toEqual({
      '#text': COURSE.title,
      '@lang': 'en',
    });
    const aus = structure.au as ManifestNode[];
    expect(aus.map((au) => au['@id'])).toEqual([
      'urn:casebook:course:my%20course:au:missed-deadline',
      'urn:casebook:course:my%20course:au:project-slipping',
    ]);
    expect(aus.map((au) => au.url)).toEqual([
      'index.html?scenario=missed-deadline',
      'index.html?scenario=project-slipping',
    ]);
    for (const au of aus) {
      expect(au['@launchMethod']).toBe('AnyWindow');
      expect(au['@moveOn']).toBe('Completed');
      expect(au['@masteryScore']).toBe('0.7');
    }
    expect(((aus[0]?.title as ManifestNode).langstring as ManifestNode)['#text']).toBe(
      'The <Missed> Deadline & "after"',
    );
  });
});
