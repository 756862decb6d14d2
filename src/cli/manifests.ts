/**
 * The files that tell an LMS what a package holds: `imsmanifest.xml` for SCORM 1.2 and
 * SCORM 2004 4th Edition, `cmi5.xml` for cmi5. One SCO (one AU) per scenario, each
 * launching the same app as `index.html?scenario=<id>`, so the gradebook shows each
 * scenario's completion and score and each SCO's suspend data holds one scenario's run
 * (docs/delivery.md says why). Built with xmlbuilder2, titles always as text nodes, so
 * an author's `<`, `&` or `"` stays text. Identifiers come from the course folder's name
 * and the scenario ids: the same course gives the same identifiers on every build, so
 * an LMS updating a package keeps its learners' records.
 */
import { create } from 'xmlbuilder2';
import type { XMLBuilder } from 'xmlbuilder2/lib/interfaces';

interface PackageScenario {
  id: string;
  title: string;
  summary: string;
}

export interface PackageCourse {
  /** Stable, from the course folder's name (and the scenario's, for `--scenario`). */
  id: string;
  title: string;
  scenarios: PackageScenario[];
  /** 0–100: SCORM 1.2's masteryscore, cmi5's masteryScore / 100. */
  passScore: number;
  /** cmi5's moveOn for every AU. */
  moveOn: string;
  /** Every file of the built app, relative to the package root (`index.html`, `assets/…`). */
  files: string[];
}

const XSI = 'http://www.w3.org/2001/XMLSchema-instance';
const XMLNS = 'http://www.w3.org/2000/xmlns/';

/** An XML name (NCName) from a folder or scenario name: letters, digits, `-`, `_`, `.`. */
function xmlId(text: string): string {
  const safe = text.replace(/[^A-Za-z0-9_.-]/g, '-');
  return /^[A-Za-z_]/.test(safe) ? safe : `_${safe}`;
}

const launchUrl = (scenario: PackageScenario) =>
  `index.html?scenario=${encodeURIComponent(scenario.id)}`;

const SCORM = {
  scorm12: {
    cp: 'http://www.imsproject.org/xsd/imscp_rootv1p1p2',
    adlcp: 'http://www.adlnet.org/xsd/adlcp_rootv1p2',
    schemaLocation:
      'http://www.imsproject.org/xsd/imscp_rootv1p1p2 imscp_rootv1p1p2.xsd http://www.adlnet.org/xsd/adlcp_rootv1p2 adlcp_rootv1p2.xsd',
    version: '1.2',
    typeAttribute: 'adlcp:scormtype',
  },
  scorm2004: {
    cp: 'http://www.imsglobal.org/xsd/imscp_v1p1',
    adlcp: 'http://www.adlnet.org/xsd/adlcp_v1p3',
    schemaLocation:
      'http://www.imsglobal.org/xsd/imscp_v1p1 imscp_v1p1.xsd http://www.adlnet.org/xsd/adlcp_v1p3 adlcp_v1p3.xsd http://www.imsglobal.org/xsd/imsss imsss_v1p0.xsd',
    version: '2004 4th Edition',
    typeAttribute: 'adlcp:scormType',
  },
} as const;

const IMSSS = 'http://www.imsglobal.org/xsd/imsss';

/** `imsmanifest.xml` for SCORM 1.2 or SCORM 2004 4th Edition. */
export function scormManifest(format: 'scorm12' | 'scorm2004', course: PackageCourse): string {
  const ns = SCORM[format];
  const root = create({ version: '1.0', encoding: 'UTF-8' })
    .ele(ns.cp, 'manifest')
    .att(XMLNS, 'xmlns:adlcp', ns.adlcp)
    .att(XMLNS, 'xmlns:xsi', XSI);
  if (format === 'scorm2004') root.att(XMLNS, 'xmlns:imsss', IMSSS);
  root
    .att('identifier', xmlId(`casebook-${course.id}`))
    .att('version', '1')
    .att(XSI, 'xsi:schemaLocation', ns.schemaLocation);
  root.ele('metadata').ele('schema').txt('ADL SCORM').up().ele('schemaversion').txt(ns.version);
  const org = root
    .ele('organizations')
    .att('default', 'org')
    .ele('organization')
    .att('identifier', 'org');
  org.ele('title').txt(course.title);
  for (const scenario of course.scenarios) {
    const item = org
      .ele('item')
      .att('identifier', xmlId(`item-${scenario.id}`))
      .att('identifierref', xmlId(`sco-${scenario.id}`));
    item.ele('title').txt(scenario.title);
    if (format === 'scorm12')
      item.ele(ns.adlcp, 'adlcp:masteryscore').txt(String(course.passScore));
  }
  // SCORM 2004: the learner picks any scenario, in any order (the LMS's default rules otherwise).
  if (format === 'scorm2004')
    org
      .ele(IMSSS, 'imsss:sequencing')
      .ele(IMSSS, 'imsss:controlMode')
      .att('choice', 'true')
      .att('flow', 'true');
  const resources = root.ele('resources');
  for (const scenario of course.scenarios) {
    const sco = resources
      .ele('resource')
      .att('identifier', xmlId(`sco-${scenario.id}`))
      .att('type', 'webcontent')
      .att(ns.adlcp, ns.typeAttribute, 'sco')
      .att('href', launchUrl(scenario));
    sco.ele('file').att('href', 'index.html');
    sco.ele('dependency').att('identifierref', 'app');
  }
  appResource(resources, ns.adlcp, ns.typeAttribute, course.files);
  return root.end({ prettyPrint: true });
}

/** The files every SCO shares, as one asset resource. */
function appResource(resources: XMLBuilder, adlcp: string, typeAttribute: string, files: string[]) {
  const app = resources
    .ele('resource')
    .att('identifier', 'app')
    .att('type', 'webcontent')
    .att(adlcp, typeAttribute, 'asset');
  for (const file of files) app.ele('file').att('href', file);
}

const CMI5 = 'https://w3id.org/xapi/profiles/cmi5/v1/CourseStructure.xsd';

/** The IRIs of a course and its AUs: URNs in Casebook's name, stable across builds. */
const courseIri = (course: PackageCourse) => `urn:casebook:course:${encodeURIComponent(course.id)}`;
const auIri = (course: PackageCourse, scenario: PackageScenario) =>
  `${courseIri(course)}:au:${encodeURIComponent(scenario.id)}`;

/** `cmi5.xml`: the course structure, one AU per scenario. */
export function cmi5Structure(course: PackageCourse): string {
  const root = create({ version: '1.0', encoding: 'UTF-8' }).ele(CMI5, 'courseStructure');
  const described = (node: XMLBuilder, title: string, description: string) => {
    node.ele('title').ele('langstring').att('lang', 'en').txt(title);
    node.ele('description').ele('langstring').att('lang', 'en').txt(description);
  };
  described(
    root.ele('course').att('id', courseIri(course)),
    course.title,
    `${course.scenarios.length} Casebook scenario${course.scenarios.length === 1 ? '' : 's'}.`,
  );
  for (const scenario of course.scenarios) {
    const au = root
      .ele('au')
      .att('id', auIri(course, scenario))
      .att('moveOn', course.moveOn)
      .att('masteryScore', String(course.passScore / 100))
      .att('launchMethod', 'AnyWindow');
    described(au, scenario.title, scenario.summary);
    au.ele('url').txt(launchUrl(scenario));
  }
  return root.end({ prettyPrint: true });
}
