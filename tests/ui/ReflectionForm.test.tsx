// @vitest-environment jsdom
/**
 * The reflection form asks this run's prompts, saves each answer under its prompt's id
 * as the learner types, still offers answers saved under the earlier fixed prompts, and
 * saves the plan's date; the profile's action plans show that plan with its date and,
 * once the date has passed (by the store's clock, not the machine's), ask how it went
 * and keep the answer. Each checked with axe.
 */
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import type { ReactNode } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import type { Debrief } from '../../src/debrief';
import { emptyProgress, reflectionOf, saveReflection, type Progress } from '../../src/progress';
import { ActionPlans } from '../../src/ui/components/ActionPlans';
import { PlansToReview } from '../../src/ui/components/PlansToReview';
import { ReflectionForm } from '../../src/ui/components/ReflectionForm';
import { CourseContext, type Course } from '../../src/ui/course';
import { formatDay } from '../../src/ui/dates';
import { ProgressStore, StoreContext } from '../../src/ui/store';
import { MemoryStorage, seedLayout, violations } from './harness';

afterEach(cleanup);

const debrief: Debrief = {
  scenarioId: 'inline',
  title: 'Inline',
  finished: true,
  decisions: [
    {
      reading: 'counterproductive',
      index: 0,
      event: 'HAND_OVER',
      label: [{ t: 'text', v: 'Hand it over' }],
      tag: 'management',
      behaviours: [
        {
          id: 'vague-delegation',
          label: 'Delegates vaguely',
          description: '',
          domain: 'management',
          polarity: 'counterproductive',
          pattern: 'vague-delegation',
        },
      ],
      unknown: [],
      scene: { id: 'opening', title: 'Opening' },
      coaching: [],
      metricsBefore: {},
      metricsAfter: {},
      alternatives: [],
    },
  ],
  balance: {
    management: { effective: 0, counterproductive: 1 },
    leadership: { effective: 2, counterproductive: 0 },
  },
  patterns: [{ pattern: 'vague-delegation', side: 'management', decisions: [0] }],
  qualities: {},
  diagnosis: { kind: 'direction-without-execution', title: 'Direction', summary: '' },
  recommendation: {
    path: 'management-fundamentals',
    title: '',
    reasons: [],
    focus: [],
    weighed: [],
  },
  trajectory: [],
  problems: [],
};

const course: Course = {
  index: {
    diagnostics: [],
    scenarios: [
      {
        folder: 'inline',
        diagnostics: [],
        card: {
          id: 'inline',
          title: 'The Inline Case',
          summary: '',
          audience: 'new-manager',
          minutes: 2,
          focus: 'both',
          decisions: { shortest: 1, longest: 1 },
        },
      },
    ],
  },
  loaders: {},
  taxonomy: async () => undefined,
};

function withStore(progress: Progress, now: string, ui: ReactNode) {
  const storage = seedLayout(new MemoryStorage(), progress as unknown as Record<string, unknown>);
  const store = new ProgressStore(storage, () => new Date(now));
  const result = render(
    <CourseContext.Provider value={course}>
      <StoreContext.Provider value={store}>{ui}</StoreContext.Provider>
    </CourseContext.Provider>,
  );
  return { ...result, store };
}

function withRun(): Progress {
  const p = emptyProgress();
  const t = '2026-03-01T10:00:00.000Z';
  p.runs['r-1'] = {
    id: 'r-1',
    scenarioId: 'inline',
    contentHash: 'h',
    seed: 1,
    events: ['HAND_OVER'],
    startedAt: t,
    updatedAt: t,
    finishedAt: t,
    status: 'complete',
    ending: { id: 'end', outcome: 'weak' },
  };
  return p;
}

describe('ReflectionForm', () => {
  it('asks this run’s prompts and saves each answer under its id, the date with the plan', async () => {
    const { container, store } = withStore(
      withRun(),
      '2026-03-01T12:00:00Z',
      <ReflectionForm runId="r-1" debrief={debrief} />,
    );
    fireEvent.input(
      screen.getByLabelText(
        /^At decision 1 you chose “Hand it over”, which read as “Delegates vaguely”/,
      ),
      { target: { value: 'Name the owner and the date.' } },
    );
    fireEvent.input(screen.getByLabelText(/^In this run the practical side/), {
      target: { value: 'At the hand-over.' },
    });
    fireEvent.input(screen.getByLabelText('What will you do differently?'), {
      target: { value: 'Agree owners in writing' },
    });
    fireEvent.input(screen.getByLabelText('On which date will you look back at it?'), {
      target: { value: '2026-03-12' },
    });
    const saved = reflectionOf(store.getSnapshot().progress, 'r-1');
    expect(saved?.answers).toEqual({
      'instead-decision-1': 'Name the owner and the date.',
      'weaker-management': 'At the hand-over.',
    });
    expect(saved?.plan).toMatchObject({ what: 'Agree owners in writing', due: '2026-03-12' });
    expect(container.querySelector('.print-only')?.textContent).toContain(formatDay('2026-03-12'));
    expect(await violations(container)).toEqual([]);
  });

  it('still shows, and lets the learner edit, answers saved under the earlier fixed prompts', () => {
    const p = saveReflection(
      withRun(),
      'r-1',
      { answers: { 'went-well': 'I asked first.', 'do-differently': 'Set a date.' } },
      new Date('2026-03-01T11:00:00Z'),
    );
    const { store } = withStore(
      p,
      '2026-03-01T12:00:00Z',
      <ReflectionForm runId="r-1" debrief={debrief} />,
    );
    const earlier = screen.getByLabelText(
      'Which of your choices would you make again, and why?',
    ) as HTMLTextAreaElement;
    expect(earlier.value).toBe('I asked first.');
    expect(
      (
        screen.getByLabelText(
          'Which decision would you take differently, and what would you do instead?',
        ) as HTMLTextAreaElement
      ).value,
    ).toBe('Set a date.');
    fireEvent.input(earlier, { target: { value: 'I asked first, then listened.' } });
    expect(reflectionOf(store.getSnapshot().progress, 'r-1')?.answers['went-well']).toBe(
      'I asked first, then listened.',
    );
  });
});

describe('ActionPlans and PlansToReview', () => {
  const planned = () =>
    saveReflection(
      withRun(),
      'r-1',
      { plan: { what: 'Agree owners in writing', who: 'Sam', when: 'Monday', due: '2026-03-12' } },
      new Date('2026-03-01T11:00:00Z'),
    );

  it('shows the plan with its date, and asks nothing before the date has passed', async () => {
    const { container } = withStore(
      planned(),
      '2026-03-12T12:00:00Z',
      <>
        <PlansToReview />
        <ActionPlans />
      </>,
    );
    expect(screen.getByText('Agree owners in writing')).toBeTruthy();
    expect(screen.getByText(`Date: ${formatDay('2026-03-12')}`)).toBeTruthy();
    expect(screen.getByRole('link', { name: 'The Inline Case' }).getAttribute('href')).toBe(
      '#/s/inline/runs/r-1/debrief',
    );
    expect(screen.queryByText(/how did it go\?/)).toBeNull();
    expect(screen.queryByRole('heading', { name: 'Look back on your plans' })).toBeNull();
    expect(await violations(container)).toEqual([]);
  });

  it('after the date, asks how it went on both, and keeps the answer with the plan', async () => {
    const { container, store } = withStore(
      planned(),
      '2026-03-13T12:00:00Z',
      <>
        <PlansToReview />
        <ActionPlans />
      </>,
    );
    const question = `You planned to “Agree owners in writing” by ${formatDay('2026-03-12')}: how did it go?`;
    expect(screen.getAllByLabelText(question)).toHaveLength(2);
    expect(await violations(container)).toEqual([]);
    const [onLibrary] = screen.getAllByLabelText(question);
    fireEvent.input(onLibrary as HTMLElement, { target: { value: 'Sam set the dates himself.' } });
    fireEvent.click(screen.getAllByRole('button', { name: 'Save how it went' })[0] as HTMLElement);
    expect(reflectionOf(store.getSnapshot().progress, 'r-1')?.plan.review).toEqual({
      answer: 'Sam set the dates himself.',
      at: '2026-03-13T12:00:00.000Z',
    });
    expect(screen.queryByLabelText(question)).toBeNull();
    expect(screen.getByRole('status').textContent).toMatch(/^Saved with your plan/);
    expect(screen.getByText(/Sam set the dates himself\./)).toBeTruthy();
    expect(await violations(container)).toEqual([]);
  });

  it('says what will appear when there is no plan yet', () => {
    withStore(withRun(), '2026-03-13T12:00:00Z', <ActionPlans />);
    expect(screen.getByText(/your\s+plans appear here/)).toBeTruthy();
  });
});
