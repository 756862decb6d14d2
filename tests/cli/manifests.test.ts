/**
 * The LMS's view of a package: imsmanifest.xml (SCORM 1.2, SCORM 2004 4th Edition) and
 * cmi5.xml, parsed back with fast-xml-parser. One SCO / AU per scenario launching
 * `index.html?scenario=<id>`, identifiers from the course and scenario ids, the pass
 * mark where each standard keeps it, and an author's `<&"` in a title kept as text.
 */
import { XMLParser } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { cmi5Structure, scormManifest, type PackageCourse } from '../../src/cli/manifests';

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

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@',
  parseTagValue: false,
  isArray: (name) => ['item', 'resource', 'file', 'au'].includes(name),
});
type Node = Record<string, unknown> & Record<`@${string}`, string>;
const parse = (xml: string) => parser.parse(xml) as Record<string, Node>;

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
      const manifest = parse(scormManifest(format, COURSE)).manifest as Node;
      expect(manifest['@xmlns']).toBe(ns);
      expect(manifest['@identifier']).toBe('casebook-my-course');
      expect(manifest.metadata).toEqual({ schema: 'ADL SCORM', schemaversion: version });
      const organizations = manifest.organizations as Node;
      const org = organizations.organization as Node;
      expect(organizations['@default']).toBe(org['@identifier']);
      expect(org.title).toBe(COURSE.title);
      const items = org.item as Node[];
      expect(items.map((i) => i['@identifier'])).toEqual([
        'item-missed-deadline',
        'item-project-slipping',
      ]);
      expect(items[0]?.title).toBe('The <Missed> Deadline & "after"');
      const resources = (manifest.resources as Node).resource as Node[];
      const byId = new Map(resources.map((r) => [r['@identifier'], r]));
      for (const [item, scenario] of items.map((i, n) => [i, COURSE.scenarios[n]] as const)) {
        const sco = byId.get(item['@identifierref']);
        expect(sco?.[type]).toBe('sco');
        expect(sco?.['@href']).toBe(`index.html?scenario=${scenario?.id}`);
      }
      const app = byId.get('app');
      expect(app?.[type]).toBe('asset');
      expect((app?.file as Node[]).map((f) => f['@href'])).toEqual(COURSE.files);
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
    const structure = parse(cmi5Structure(COURSE)).courseStructure as Node;
    expect(structure['@xmlns']).toBe('https://w3id.org/xapi/profiles/cmi5/v1/CourseStructure.xsd');
    const course = structure.course as Node;
    expect(course['@id']).toBe('urn:casebook:course:my%20course');
    expect((course.title as Node).langstring).toEqual({ '#text': COURSE.title, '@lang': 'en' });
    const aus = structure.au as Node[];
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
    expect(((aus[0]?.title as Node).langstring as Node)['#text']).toBe(
      'The <Missed> Deadline & "after"',
    );
  });
});
