/**
 * The Markdown report carries the whole debrief and the learner's own words; the
 * capability map adds up runs, ranks the failure patterns and suggests what to play.
 */
import { describe, expect, it } from 'vitest';
import { capabilityMap, debrief, debriefMarkdown } from '../../src/debrief';
import { createPlayer, traceRun } from '../../src/engine';
import { buildCourse } from '../../src/vite/course-index';
import { ROOT } from '../support/paths';

const course = buildCourse('scenarios', ROOT);
const scenario = course.scenarios.get('missed-deadline');
if (!scenario) throw new Error('the reference scenario does not compile');
const player = createPlayer(scenario);
const taxonomy = course.index.taxonomy;
const weak = debrief(
  scenario,
  traceRun(player, ['ACCEPT_FRIDAY', 'TELL_ROSA_ITS_A_BLIP', 'SET_THE_DATES', 'LEAVE_IT_OPEN']),
  taxonomy,
);
const strong = debrief(
  scenario,
  traceRun(player, [
    'ASK_WHAT_CHANGED',
    'ASK_ABOUT_CALLUM',
    'ASK_ABOUT_HOME',
    'THANK_AND_ASK_WHAT_HELPS',
    'RESET_WITH_CALLUM',
    'BOOK_FOLLOW_UP',
  ]),
  taxonomy,
);

describe('the Markdown report', () => {
  const report = debriefMarkdown(
    weak,
    {
      answers: { 'do-differently': 'Ask before agreeing a date.' },
      plan: { what: 'Agree dates together', who: 'Sam', when: 'Friday' },
    },
    '22/11/2026',
  );

  it('holds the ending, diagnosis, path, balance, every decision and the road not taken', () => {
    expect(report.startsWith('# Debrief: The Missed Deadline\n')).toBe(true);
    expect(report).toContain('**Ending:** The pattern repeats (weak outcome)');
    expect(report).toContain('## Foundations first');
    expect(report).toContain('## Recommended path: Management fundamentals');
    expect(report).toContain('| Management (execution) | 2 | 3 |');
    expect(report.match(/^### \d\. /gm)).toHaveLength(4);
    expect(report).toContain('The road not taken:');
    expect(report).toContain('**Failure patterns seen:** Missed deadlines (management gap)');
  });

  it('gives the reading’s rule and evidence naming decisions, and marks trade-offs', () => {
    expect(report).toContain(
      '**Why this reading:** Neither side showed more effective than counterproductive behaviour.',
    );
    const lines = weak.diagnosis.evidence?.map((e) => `- ${e.text}`) ?? [];
    expect(lines.length).toBeGreaterThan(1);
    for (const line of lines) expect(report).toContain(line);
    expect(report).toMatch(/^- At decisions? \d/m);
    // LEAVE_IT_OPEN, the fourth decision, shows trust but ends without next steps.
    expect(weak.decisions[3]?.reading).toBe('trade-off');
    const fourth = report.slice(report.indexOf('### 4. '));
    expect(fourth).toContain('**Trade-off: it helped and it cost**');
    expect(report.match(/\*\*Trade-off: /g)).toHaveLength(
      weak.decisions.filter((x) => x.reading === 'trade-off').length,
    );
  });

  it('includes the reflection and the action plan', () => {
    expect(report).toContain(
      '**Which decision would you take differently, and what would you do instead?**\n\nAsk before agreeing a date.',
    );
    expect(report).toContain('- **With whom?** Sam');
    expect(debriefMarkdown(weak)).not.toContain('## Action plan');
  });
});

describe('the capability map', () => {
  const cards = course.index.scenarios.flatMap((s) => (s.card ? [s.card] : []));

  it('adds up the runs and ranks the failure patterns', () => {
    const map = capabilityMap(
      [
        { debrief: weak, scenarioId: 'missed-deadline', endedAt: '2026-03-01T09:00:00Z' },
        { debrief: strong, scenarioId: 'missed-deadline', endedAt: '2026-03-08T09:00:00Z' },
      ],
      cards,
      { stage: 'new-manager' },
    );
    expect(map.runs).toBe(2);
    expect(map.balance.management.effective).toBe(
      weak.balance.management.effective + strong.balance.management.effective,
    );
    expect(map.patterns[0]?.count).toBeGreaterThanOrEqual(map.patterns.at(-1)?.count ?? 0);
    expect(map.recommendation.reasons).toContain(
      'Early in a management role, the practical basics usually come first.',
    );
  });

  it("suggests scenarios for the learner's stage they have not played yet", () => {
    const map = capabilityMap(
      [{ debrief: weak, scenarioId: 'missed-deadline', endedAt: '2026-03-01T09:00:00Z' }],
      cards,
      { stage: 'senior-leader', demands: 'direction' },
    );
    expect(map.suggestions.length).toBeGreaterThan(0);
    expect(map.suggestions.map((s) => s.id)).not.toContain('missed-deadline');
    const first = cards.find((c) => c.id === map.suggestions[0]?.id);
    expect(first?.audience).toBe('senior-leader');
  });
});
