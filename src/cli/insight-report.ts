/**
 * The `CohortInsight` as `npm run insight` prints it: a readable text report (the default)
 * or CSV, one row per scenario, decision and choice with its share (RFC 4180). Every text in
 * it came from statements, so none is trusted: control characters (a terminal's escape
 * sequences) are replaced in the text report, and a CSV cell that a spreadsheet would read
 * as a formula (`=`, `+`, `-`, `@`, tab, CR first) is written with a leading `'`.
 */
import { pathTitle, patternInline, readingOf } from '../debrief';
import type {
  CohortBalance,
  CohortInsight,
  CohortReading,
  Guarded,
  ScenarioInsight,
} from '../insight/types';
import { programmeReasons } from '../insight/reasons';

const HIDDEN = 'suppressed (fewer than 5 learners)';

/** Text from statements, made safe for a terminal: no control character survives. */
function clean(text: string): string {
  // eslint-disable-next-line no-control-regex -- control characters are what is removed
  return text.replace(/[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g, ' ');
}

const runs = (n: number) => `${n} run${n === 1 ? '' : 's'}`;

const percent = (share: number) => `${Math.round(share * 100)}%`.padStart(4);

function duration(ms: number): string {
  const seconds = Math.round(ms / 1000);
  const m = Math.floor(seconds / 60);
  return m > 0 ? `${m} min ${seconds % 60} s` : `${seconds} s`;
}

const balanceText = (b: CohortBalance) =>
  `management ${b.management.effective} effective / ${b.management.counterproductive} counterproductive; ` +
  `leadership ${b.leadership.effective} effective / ${b.leadership.counterproductive} counterproductive`;

const outcomesText = (o: Record<'strong' | 'mixed' | 'weak', number>) =>
  `strong ${o.strong}, mixed ${o.mixed}, weak ${o.weak}`;

function readingLines(reading: Guarded<CohortReading>, indent: string): string[] {
  if ('suppressed' in reading) return [`${indent}Reading: ${HIDDEN}`];
  const diagnoses = Object.entries(reading.diagnoses)
    .map(([kind, n]) => `${kind} ${n}`)
    .join(', ');
  const patterns = reading.patterns
    .map((p) => `${patternInline(p.pattern)} (${p.learners} learners)`)
    .join(', ');
  return [
    `${indent}Balance: ${balanceText(reading.balance)}`,
    `${indent}Diagnoses (learners): ${diagnoses || 'none'}`,
    `${indent}Recurring failure patterns: ${patterns || 'none shown by 5 learners or more'}`,
    `${indent}Programme: ${pathTitle(reading.programme.path)}`,
    ...programmeReasons(reading).map((r) => `${indent}  - ${clean(r)}`),
  ];
}

function scenarioLines(s: Guarded<ScenarioInsight>): string[] {
  if ('suppressed' in s) return [`Scenario ${clean(s.about ?? '')}: ${HIDDEN}`];
  const lines = [
    `Scenario ${clean(s.id)}${s.title === s.id ? '' : `: ${clean(s.title)}`}`,
    `  ${s.learners} learners, ${s.starts} runs started, ${s.completions} completed` +
      (s.medianMs !== undefined ? `, median time ${duration(s.medianMs)}` : ''),
    `  Endings: ${outcomesText(s.outcomes)}`,
    ...s.endings.map((e) => `    ${clean(e.id)} (${e.outcome}): ${runs(e.runs)}`),
    '  Decisions:',
  ];
  s.decisions.forEach((d, i) => {
    if ('suppressed' in d.choices) lines.push(`    ${i + 1}. ${clean(d.scene.title)}: ${HIDDEN}`);
    else {
      lines.push(`    ${i + 1}. ${clean(d.scene.title)} (${d.learners} learners)`);
      for (const c of d.choices)
        lines.push(
          `       ${percent(c.share)}  ${clean(c.label)} ${
            c.learners === 0 ? '[not taken]' : `[${c.tag}, ${readingOf(c.behaviours)}]`
          }${c.rare ? ' (rare)' : ''}`,
        );
    }
  });
  if ('suppressed' in s.paths) lines.push(`  Paths: ${HIDDEN}`);
  else {
    lines.push('  Paths (runs):');
    const title = new Map(s.paths.nodes.map((n) => [n.id, n.title]));
    for (const l of s.paths.links)
      lines.push(
        `    ${clean(title.get(l.from) ?? l.from)} → ${clean(title.get(l.to) ?? l.to)}: ${l.runs}`,
      );
    if (s.paths.hiddenRuns > 0)
      lines.push(
        `    (${s.paths.hiddenRuns} runs on steps taken by fewer than 5 learners not shown)`,
      );
  }
  lines.push(...readingLines(s.reading, '  '));
  const attempt = (name: string, a: ScenarioInsight['attempts']['first']) =>
    'suppressed' in a
      ? `  ${name}: ${HIDDEN}`
      : `  ${name}: ${runs(a.runs)}, ${outcomesText(a.outcomes)}`;
  lines.push(
    attempt('First attempts', s.attempts.first),
    attempt('Later attempts', s.attempts.later),
  );
  lines.push('  By month (UTC, by the run’s start):');
  for (const m of s.months)
    lines.push(
      'suppressed' in m.summary
        ? `    ${m.month}: ${HIDDEN}`
        : `    ${m.month}: ${m.summary.learners} learners, ${m.summary.starts} started, ${m.summary.completions} completed, ${outcomesText(m.summary.outcomes)}`,
    );
  return lines;
}

export function insightText(insight: CohortInsight): string {
  const { read, used, skipped, filtered } = insight.statements;
  const filter = insight.filter;
  const filters = [
    filter.scenario && `scenario ${filter.scenario}`,
    filter.since && `since ${filter.since}`,
    filter.until && `until ${filter.until}`,
    filter.group && `${filter.group.key} = ${filter.group.value}`,
  ].filter(Boolean);
  const lines = [
    `Cohort insight: ${insight.learners} learners`,
    `Statements: ${read} read, ${used} counted, ${skipped} skipped (not Casebook's or not valid), ${filtered} outside the filter`,
    ...(filters.length > 0 ? [`Filter: ${clean(filters.join(', '))}`] : []),
    ...insight.groupings.map((g) => `Grouping ${clean(g.key)}: ${clean(g.values.join(', '))}`),
    'Breakdowns resting on fewer than 5 learners are suppressed.',
    '',
  ];
  for (const s of insight.scenarios) lines.push(...scenarioLines(s), '');
  lines.push('The whole cohort:', ...readingLines(insight.cohort, '  '));
  return lines.join('\n');
}

/** One CSV cell: quoted when it must be (RFC 4180), and never read as a formula. */
export function csvCell(value: string | number | boolean): string {
  let text = String(value);
  if (typeof value === 'string' && /^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

const CSV_HEADER = [
  'scenario',
  'scenario_title',
  'decision',
  'decision_title',
  'decision_learners',
  'event',
  'label',
  'tag',
  'reading',
  'learners',
  'share',
  'rare',
];

export function insightCsv(insight: CohortInsight): string {
  const rows: (string | number | boolean)[][] = [CSV_HEADER];
  for (const s of insight.scenarios) {
    if ('suppressed' in s) {
      rows.push([s.about ?? '', '', '', '', '', '', '', '', '', HIDDEN, '', '']);
      continue;
    }
    for (const d of s.decisions) {
      const at = [s.id, s.title, d.scene.id, d.scene.title];
      if ('suppressed' in d.choices) rows.push([...at, '', '', '', '', '', HIDDEN, '', '']);
      else
        for (const c of d.choices)
          rows.push([
            ...at,
            d.learners,
            c.event,
            c.label,
            // A choice nobody took has no statement to say its tag.
            c.learners === 0 ? '' : c.tag,
            c.learners === 0 ? '' : readingOf(c.behaviours),
            c.learners,
            Number(c.share.toFixed(4)),
            c.rare,
          ]);
    }
  }
  return rows.map((r) => r.map(csvCell).join(',')).join('\r\n') + '\r\n';
}
