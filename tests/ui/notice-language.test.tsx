// @vitest-environment jsdom
/**
 * A notice already on screen when the learner switches language is shown in the new
 * language: notices are made once, when progress is read or saved, so the list words
 * them again as it renders. That holds for a grouped notice and an LMS notice too.
 */
import { act, cleanup, render, screen } from '@testing-library/react';
import { afterEach, expect, it } from 'vitest';
import type { Messages } from '@lingui/core';
import { activate } from '../../src/i18n';
import { en } from '../../src/i18n/catalogs/en';
import { lmsNotice } from '../../src/progress/lms-notices';
import { groupNotices } from '../../src/progress/notice-groups';
import { notice } from '../../src/progress/notices';
import { NoticeList } from '../../src/ui/components/NoticeList';
import { switchLanguage } from '../../src/ui/i18n/load-language';

afterEach(() => {
  cleanup();
  activate('en', en as unknown as Messages);
});

const storage = { kind: 'storage', name: 'casebook' } as const;

it('words a notice again in the language the learner switches to', async () => {
  render(<NoticeList notices={[notice('storage-full', storage)]} onDismiss={() => {}} />);
  expect(screen.getByText(/Your browser's storage is full/)).toBeTruthy();
  await act(() => switchLanguage('de'));
  expect(screen.getByText(/Der Speicher Ihres Browsers ist voll/)).toBeTruthy();
  expect(screen.queryByText(/Your browser's storage is full/)).toBeNull();
});

it('words a grouped notice again, with its count', async () => {
  const run = (i: number) => ({
    notice: notice(
      'run-replayed',
      { kind: 'storage', name: `run-${i}` },
      {
        run: { scenarioId: 'missed-deadline', startedAt: '2026-12-01T09:00:00Z' },
      },
    ),
    example: `run ${i}`,
    group: 'runs',
  });
  const notices = groupNotices([run(1), run(2), run(3), run(4), run(5)]);
  expect(notices).toHaveLength(1);
  render(<NoticeList notices={notices} onDismiss={() => {}} />);
  expect(screen.getByText(/5 of your runs were made on earlier versions/)).toBeTruthy();
  await act(() => switchLanguage('de'));
  expect(screen.getByText(/5 Ihrer Durchläufe stammen aus früheren Versionen/)).toBeTruthy();
});

it('words an LMS notice again', async () => {
  render(
    <NoticeList
      notices={[lmsNotice('lms-missing', { kind: 'lms', name: 'missed-deadline' })]}
      onDismiss={() => {}}
    />,
  );
  expect(screen.getByText(/not opened from a learning platform/)).toBeTruthy();
  await act(() => switchLanguage('de'));
  expect(screen.getByText(/nicht über eine Lernplattform/)).toBeTruthy();
});
