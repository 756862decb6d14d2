// @vitest-environment jsdom
/**
 * The diagnosis panel with the decision list, as the debrief page puts them together: the
 * reading, the rule that settled it, the evidence lines whose decision numbers link to the
 * decisions (a click moves focus there, the address stays the route), the trade-off marked
 * in the list, and no axe violation.
 */
import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { parseTaxonomy, sourceFile } from '../../src/compiler';
import { debrief } from '../../src/debrief';
import { createPlayer, traceRun } from '../../src/engine';
import { DecisionTimeline } from '../../src/ui/components/DecisionTimeline';
import { DiagnosisPanel } from '../../src/ui/components/DiagnosisPanel';
import { inlineScenario } from '../support/inline-scenario';
import { rootPath } from '../support/paths';
import { violations } from './harness';
import { switchLanguage } from '../../src/ui/i18n/load-language';
import '../../src/i18n/areas/debrief';

afterEach(cleanup);

const taxonomy = parseTaxonomy(
  sourceFile('behaviours.json', readFileSync(rootPath('scenarios/behaviours.json'), 'utf8')),
).taxonomy;

const step = (target: string, behaviours: string[], score: number) => ({
  target,
  actions: [{ type: 'adjust', params: { score } }],
  meta: { behaviours },
});
const scenario = inlineScenario({
  initial: 'a',
  context: { score: 0 },
  states: {
    a: { on: { PLAN: step('b', ['sets-clear-objectives', 'agrees-dated-plan'], 1) } },
    b: { on: { CHECK: step('c', ['schedules-follow-up'], 1) } },
    c: { on: { PROMISE: step('d', ['responds-with-care', 'overpromises'], -2) } },
    d: { on: { FINISH: step('end', ['names-the-impact'], 1) } },
    end: { type: 'final', meta: { outcome: 'mixed' } },
  },
});
const d = debrief(
  scenario,
  traceRun(createPlayer(scenario), ['PLAN', 'CHECK', 'PROMISE', 'FINISH']),
  taxonomy,
);
const decisionId = (i: number) => `t-decision-${i + 1}`;

it('shows the reading, its rule and the evidence, with decision numbers linking to the decisions', async () => {
  window.location.hash = '#/s/inline/runs/r1/debrief';
  const { container } = render(
    <main>
      <DiagnosisPanel
        diagnosis={d.diagnosis}
        recommendation={d.recommendation}
        patterns={d.patterns}
        decisionId={decisionId}
      />
      <DecisionTimeline decisions={d.decisions} decisionId={decisionId} />
    </main>,
  );
  expect(screen.getByRole('heading', { level: 2, name: 'Strong execution, weaker direction' }));
  expect(screen.getByText(d.diagnosis.basis?.rule ?? '-')).toBeTruthy();
  const lines = [...container.querySelectorAll('ul.evidence > li')].map((li) => li.textContent);
  expect(lines).toEqual(d.diagnosis.evidence?.map((e) => e.text));
  expect(lines[0]).toMatch(/^Decisions 1, 2 and 4 settled the practical side/);

  const evidence = container.querySelector('ul.evidence') as HTMLElement;
  const links = within(evidence).getAllByRole('link');
  expect(links.map((a) => a.textContent)).toContain('decision 3');
  expect(within(evidence).getAllByRole('link', { name: 'decision 1' })[0]?.textContent).toBe('1');
  const four = within(evidence).getAllByRole('link', { name: 'decision 4' });
  expect(four.length).toBeGreaterThan(0);
  fireEvent.click(four[0] as HTMLElement);
  expect(document.activeElement?.id).toBe('t-decision-4');
  expect(document.activeElement?.textContent).toContain('Decision 4');
  expect(window.location.hash).toBe('#/s/inline/runs/r1/debrief');

  const third = container.querySelector('#t-decision-3') as HTMLElement;
  expect(within(third).getByText('Trade-off: it helped and it cost')).toBeTruthy();
  expect(container.querySelectorAll('.tag-trade-off')).toHaveLength(1);
  expect(await violations(container)).toEqual([]);
});

it('falls back to the summary where there is no evidence (the profile across runs)', () => {
  render(
    <DiagnosisPanel
      diagnosis={{ kind: 'balanced', title: 'Balanced', summary: 'Both sides showed.' }}
      recommendation={d.recommendation}
      patterns={[]}
    />,
  );
  expect(screen.getByText('Both sides showed.')).toBeTruthy();
  expect(screen.queryAllByRole('link')).toEqual([]);
});

it('links the decision numbers of evidence worded in German, named in German', async () => {
  await switchLanguage('de');
  try {
    const text =
      'Die Entscheidungen 1, 2 und 4 haben die praktische Seite geklärt; Entscheidung 3 nicht.';
    const { container } = render(
      <DiagnosisPanel
        diagnosis={{
          ...d.diagnosis,
          evidence: [{ kind: 'strength', side: 'management', decisions: [0, 1, 3], text }],
        }}
        recommendation={d.recommendation}
        patterns={[]}
        decisionId={decisionId}
      />,
    );
    const evidence = container.querySelector('ul.evidence') as HTMLElement;
    expect(evidence.textContent).toBe(text);
    expect(within(evidence).getByRole('link', { name: 'Entscheidung 1' }).textContent).toBe('1');
    expect(within(evidence).getByRole('link', { name: 'Entscheidung 4' }).textContent).toBe('4');
    expect(
      within(evidence).getByRole('link', { name: 'Entscheidung 3' }).getAttribute('href'),
    ).toBe('#t-decision-3');
  } finally {
    await switchLanguage('en');
  }
});
