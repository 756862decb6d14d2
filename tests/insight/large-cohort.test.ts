/**
 * A generated cohort through the real test LRS: 40 learners playing four scenarios of the
 * bundled course (bench/insight-statements.ts: the real machines, the cmi5 package's
 * builders), stored in xapi-statements and read back with the insight reader at 50
 * statements a page, so every verb takes many `more` links. The read must lose and repeat nothing (the fold of the
 * pages equals the fold of what was sent), and no breakdown may rest on fewer than five
 * learners: a team of four sees every scenario suppressed, a team of nine sees its rare
 * scenes suppressed and the rest shown. tests/insight/fold.test.ts holds the exact numbers
 * of a small hand-built cohort; this is the same rules at the scale of paging.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cohortStatements, loadCohortCourse, TEAM_EXTENSION } from '../../bench/insight-statements';
import { createFold } from '../../src/insight/fold';
import { VERBS } from '../../src/delivery/cmi5/iris';
import { readLrs } from '../../src/insight/lrs';
import {
  MIN_LEARNERS,
  type CohortInsight,
  type Guarded,
  type InsightFilter,
} from '../../src/insight/types';
import { KEY, SECRET, startLrs, type Lrs } from '../e2e/lrs';

const LIMIT = 50;
/** The verbs read: those the fold counts. */
const READ = [VERBS.answered, VERBS.completed, VERBS.passed, VERBS.failed] as string[];
/** Teams of nine: team-1 … team-4 have nine learners, team-5 the last four. */
const LEARNERS = 40;
const TEAM_SIZE = 9;
/** Four of the course's nine scenarios: every shape of road, a quarter of the statements. */
const SCENARIOS = [
  'missed-deadline',
  'first-week-of-delegating',
  'meeting-without-discipline',
  'leading-a-restructure',
];

let lrs: Lrs;
const sent: { id: string; verb: string; statement: unknown }[] = [];
const pages: unknown[][] = [];
let pageCount = 0;

beforeAll(async () => {
  const course = loadCohortCourse();
  for (const s of cohortStatements(course, {
    learners: LEARNERS,
    teamSize: TEAM_SIZE,
    scenarios: SCENARIOS,
    seed: 4,
  }))
    sent.push({ id: s.id as string, verb: s.verb.id, statement: s });
  lrs = await startLrs();
  await lrs.post(sent.map((s) => s.statement));
  const progress = await readLrs(
    { endpoint: lrs.endpoint, key: KEY, secret: SECRET, limit: LIMIT, verbs: READ },
    (statements) => pages.push(statements),
  );
  pageCount = progress.pages;
}, 60_000);

afterAll(() => lrs?.close());

const read = () => pages.flat() as { id: string; verb: { id: string } }[];
const wanted = () => sent.filter((s) => READ.includes(s.verb));

function foldOf(statements: unknown[], filter: InsightFilter = {}): CohortInsight {
  const fold = createFold(filter);
  for (const s of statements) fold.add(s);
  return fold.result();
}

const isShown = <T>(g: Guarded<T>): g is T =>
  !(typeof g === 'object' && g !== null && 'suppressed' in g);

/** Every breakdown of the insight that is shown rests on at least MIN_LEARNERS learners. */
function breakdowns(insight: CohortInsight) {
  const shown: number[] = [];
  let suppressed = 0;
  for (const scenario of insight.scenarios) {
    if (!isShown(scenario)) {
      suppressed += 1;
      continue;
    }
    shown.push(scenario.learners);
    for (const d of scenario.decisions) {
      if (isShown(d.choices)) shown.push(d.learners);
      else {
        suppressed += 1;
        expect(d.learners).toBeLessThan(MIN_LEARNERS);
      }
    }
    for (const m of scenario.months)
      if (isShown(m.summary)) shown.push(m.summary.learners);
      else suppressed += 1;
    if (isShown(scenario.reading))
      for (const p of scenario.reading.patterns) shown.push(p.learners);
  }
  return { shown, suppressed };
}

describe('a generated cohort read back through the test LRS, page by page', () => {
  it('takes many pages of the verbs the fold counts, and reads each statement once', () => {
    const expected = wanted();
    expect(expected.length).toBeGreaterThan(1000);
    // Four verbs, each through its `more` links: well over one page apiece.
    expect(pageCount).toBeGreaterThanOrEqual(Math.ceil(expected.length / LIMIT));
    const ids = read().map((s) => s.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(new Set(ids)).toEqual(new Set(expected.map((s) => s.id)));
  });

  it('folds to the same insight as the statements that were sent', () => {
    const fromLrs = foldOf(read());
    expect(fromLrs.statements.read).toBe(wanted().length);
    expect(fromLrs.learners).toBe(LEARNERS);
    expect(fromLrs).toEqual(foldOf(wanted().map((s) => s.statement)));
  });
});

describe('small groups are suppressed at scale', () => {
  const team = (n: number): InsightFilter => ({
    group: { key: TEAM_EXTENSION, value: `team-${n}` },
  });

  it('shows no breakdown of the whole cohort under five learners, and hides its rare scenes', () => {
    const { shown, suppressed } = breakdowns(foldOf(read()));
    expect(shown.length).toBeGreaterThan(50);
    expect(Math.min(...shown)).toBeGreaterThanOrEqual(MIN_LEARNERS);
    expect(suppressed).toBeGreaterThan(0);
  });

  it('suppresses every scenario and the cohort reading of a team of four', () => {
    const insight = foldOf(read(), team(5));
    expect(insight.learners).toBe(4);
    expect(insight.scenarios.length).toBe(SCENARIOS.length);
    expect(insight.scenarios.every((s) => !isShown(s))).toBe(true);
    expect(isShown(insight.cohort)).toBe(false);
  });

  it('shows a team of nine, with its scenes reached by fewer than five hidden', () => {
    const insight = foldOf(read(), team(1));
    expect(insight.learners).toBe(TEAM_SIZE);
    expect(insight.scenarios.every(isShown)).toBe(true);
    expect(isShown(insight.cohort)).toBe(true);
    const { shown, suppressed } = breakdowns(insight);
    expect(Math.min(...shown)).toBeGreaterThanOrEqual(MIN_LEARNERS);
    expect(suppressed).toBeGreaterThan(0);
  });
});
