/**
 * The debrief audit (`npm run audit:debrief [-- --runs N] [--json]`): plays seeds 1…N of
 * every bundled scenario and counts the readings that contradict their run — a weak
 * ending read as balanced, a strong one read as "foundations first", a lopsided run
 * (one domain's effective behaviour at least twice the other's, and at least 3) read as
 * balanced — and how often a decision's one best option is also its longest label.
 * The figures in issue 14 and docs/debrief.md come from here.
 */
import { parseArgs } from 'node:util';
import { bestOptionDecisions } from '../src/check';
import { compileCourse } from '../src/compiler';
import { debrief, type Debrief } from '../src/debrief';
import { loadCourse, PROJECT_SCENARIOS } from '../src/disk/load';
import { createPlayer, randomRun, traceRun } from '../src/engine';

const { values } = parseArgs({
  options: { runs: { type: 'string', default: '300' }, json: { type: 'boolean', default: false } },
});
const runs = Number(values.runs);

function lopsided(d: Debrief): boolean {
  const m = d.balance.management.effective;
  const l = d.balance.leadership.effective;
  return Math.max(m, l) >= 3 && Math.max(m, l) >= 2 * Math.min(m, l);
}

const course = compileCourse(loadCourse(PROJECT_SCENARIOS, process.cwd()));
interface Row {
  scenario: string;
  runs: number;
  weak: number;
  weakBalanced: number;
  strong: number;
  strongFoundations: number;
  lopsidedBalanced: number;
  bestOptions: number;
  bestIsLongest: number;
}
const rows: Row[] = [];
for (const { scenario } of course.scenarios) {
  if (!scenario) continue;
  const player = createPlayer(scenario);
  const row: Row = {
    scenario: scenario.id,
    runs,
    weak: 0,
    weakBalanced: 0,
    strong: 0,
    strongFoundations: 0,
    lopsidedBalanced: 0,
    bestOptions: 0,
    bestIsLongest: 0,
  };
  for (let seed = 1; seed <= runs; seed++) {
    const d = debrief(scenario, traceRun(player, randomRun(player, seed)), course.taxonomy);
    const outcome = d.ending?.outcome;
    const balanced = d.diagnosis.kind === 'balanced';
    if (outcome === 'weak') row.weak++;
    if (outcome === 'weak' && balanced) row.weakBalanced++;
    if (outcome === 'strong') row.strong++;
    if (outcome === 'strong' && d.diagnosis.kind === 'foundations-first') row.strongFoundations++;
    if (balanced && lopsided(d)) row.lopsidedBalanced++;
  }
  const best = bestOptionDecisions(scenario, course.taxonomy);
  row.bestOptions = best.length;
  row.bestIsLongest = best.filter((b) => b.longest).length;
  rows.push(row);
}
const total = (key: keyof Row) => rows.reduce((sum, r) => sum + Number(r[key]), 0);
if (values.json) console.log(JSON.stringify(rows, null, 2));
else {
  console.table(rows);
  console.log(
    `weak runs read as balanced: ${total('weakBalanced')} of ${total('weak')}; ` +
      `strong runs read as foundations first: ${total('strongFoundations')} of ${total('strong')}; ` +
      `lopsided runs read as balanced: ${total('lopsidedBalanced')}; ` +
      `best option is the longest label: ${total('bestIsLongest')} of ${total('bestOptions')} ` +
      `(${Math.round((100 * total('bestIsLongest')) / Math.max(1, total('bestOptions')))}%)`,
  );
}
