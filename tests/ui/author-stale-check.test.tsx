// @vitest-environment jsdom
/**
 * Author mode in the page: the author chooses files twice, the first check is slow
 * and answers after the second. The page keeps showing the second check's result.
 */
import { act, cleanup, renderHook, waitFor } from '@testing-library/react';
import type { ChangeEvent } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import { useAuthorSession } from '../../src/ui/author/useAuthorSession';
import type { AuthorCheck, AuthorWork } from '../../src/ui/author/work/protocol';
import type { PickedFile } from '../../src/ui/authoring';

afterEach(cleanup);

/** A worker whose checks answer only when the test says so. */
function slowWork() {
  const pending = new Map<number, { files: PickedFile[]; answer: (a: AuthorCheck) => void }>();
  const work: AuthorWork = {
    check: (request, files) =>
      new Promise((resolve) => pending.set(request, { files, answer: resolve })),
    layout: async () => undefined,
    fromHere: async () => undefined,
    where: async () => 'page',
  };
  const answer = (request: number) => {
    const asked = pending.get(request);
    const folder = asked?.files[0]?.path.split('/')[0] ?? '';
    asked?.answer({
      request,
      diagnostics: [],
      scenarios: [{ folder, playable: false, marks: new Map(), diagnostics: [] }],
    });
  };
  return { work, answer, pending };
}

const chose = (folder: string) =>
  ({
    target: {
      files: [
        Object.assign(new File(['{}'], 'machine.json'), {
          webkitRelativePath: `${folder}/machine.json`,
        }),
      ],
    },
  }) as unknown as ChangeEvent<HTMLInputElement>;

describe('two checks in flight', () => {
  it('shows the newer check when the older one answers last', async () => {
    const { work, answer, pending } = slowWork();
    const { result } = renderHook(() => useAuthorSession(async () => undefined, work));
    act(() => {
      void result.current.pick(chose('old'));
    });
    await waitFor(() => expect([...pending.keys()]).toEqual([1]));
    act(() => {
      void result.current.pick(chose('new'));
    });
    await waitFor(() => expect([...pending.keys()]).toEqual([1, 2]));
    await act(async () => answer(2));
    expect(result.current.session.shown?.result.scenarios[0]?.folder).toBe('new');
    await act(async () => answer(1));
    expect(result.current.session.shown?.result.scenarios[0]?.folder).toBe('new');
    expect(result.current.session.phase).toBe('checked');
  });
});
