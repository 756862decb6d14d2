/**
 * An AU of a cmi5 package launched as an LMS launches it: `LMS.LaunchData` and the
 * learner's preferences written to the LRS first, then the AU's url from cmi5.xml with
 * the five launch parameters (cmi5 8.1). Shared by the cmi5 tests and the cohort insight
 * test that plays the package as several learners. The learner's language preference is
 * 'en-GB' unless the test gives another.
 */
import { randomUUID } from 'node:crypto';
import { XMLParser } from 'fast-xml-parser';
import type { Lrs } from './lrs';
import type { ServedPackage } from './package-and-serve';

export const SESSION_ID = 'https://w3id.org/xapi/cmi5/context/extensions/sessionid';

export interface Launch {
  id: string;
  registration: string;
  actor: object;
  sessionId: string;
  url: string;
}

export interface Au {
  /** The AU's id in cmi5.xml: the activity id the LMS launches it with. */
  activity: string;
  url: string;
}

/** The AU of `scenario` in the package's cmi5.xml. */
export function auOf(app: ServedPackage, scenario: string): Au {
  const structure = new XMLParser({ ignoreAttributes: false, isArray: (n) => n === 'au' }).parse(
    app.manifest,
  ).courseStructure as { au: { '@_id': string; url: string }[] };
  const au = structure.au.find((a) => a.url.endsWith(`?scenario=${scenario}`));
  if (!au) throw new Error(`The package's cmi5.xml has no AU for ${scenario}.`);
  return { activity: au['@_id'], url: au.url };
}

/** Launch `au` for a learner (by default one of its own per registration). */
export function launchAu(
  lrs: Lrs,
  app: ServedPackage,
  au: Au,
  launchData: Record<string, unknown>,
  overrides: Partial<
    Record<'endpoint' | 'fetch' | 'registration' | 'learner' | 'languagePreference', string>
  > = {},
): Launch {
  const id = randomUUID();
  const registration = overrides.registration ?? randomUUID();
  const sessionId = randomUUID();
  const actor = {
    objectType: 'Agent',
    name: 'Test Learner',
    account: {
      homePage: 'https://lms.example.org',
      name: overrides.learner ?? `learner-${registration}`,
    },
  };
  lrs.putState(
    {
      activityId: au.activity,
      agent: JSON.stringify(actor),
      registration,
      stateId: 'LMS.LaunchData',
    },
    {
      contextTemplate: { extensions: { [SESSION_ID]: sessionId } },
      launchMode: 'Normal',
      moveOn: 'CompletedAndPassed',
      ...launchData,
    },
  );
  lrs.putAgentProfile(
    { agent: JSON.stringify(actor), profileId: 'cmi5LearnerPreferences' },
    { languagePreference: overrides.languagePreference ?? 'en-GB', audioPreference: 'off' },
  );
  const query = new URLSearchParams({
    endpoint: overrides.endpoint ?? lrs.endpoint,
    fetch: overrides.fetch ?? lrs.fetchUrl(id),
    actor: JSON.stringify(actor),
    registration,
    activityId: au.activity,
  });
  return { id, registration, actor, sessionId, url: `${app.url}${au.url}&${query}` };
}
