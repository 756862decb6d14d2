/**
 * The state of one read of a cohort: idle, reading (with the latest progress), done (the
 * insight), failed (a problem with a code), or cancelled. A new read or leaving the page
 * cancels the one under way, and nothing a cancelled read reports changes the state.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import type { CohortInsight, ReadProgress } from '../../insight/types';
import { readInsight } from './client';
import type { FileNotes, InsightRequest, ReadProblem } from './protocol';

export type ReadState =
  | { step: 'idle' }
  | { step: 'reading'; progress?: ReadProgress }
  | { step: 'done'; insight: CohortInsight; notes?: FileNotes }
  | { step: 'failed'; problem: ReadProblem }
  | { step: 'cancelled' };

export function useInsightRead() {
  const [state, setState] = useState<ReadState>({ step: 'idle' });
  const current = useRef<AbortController | null>(null);
  useEffect(() => () => current.current?.abort(), []);

  const start = useCallback((request: InsightRequest | Promise<InsightRequest>) => {
    current.current?.abort();
    const controller = new AbortController();
    current.current = controller;
    const live = () => !controller.signal.aborted;
    setState({ step: 'reading' });
    const onProgress = (progress: ReadProgress) => {
      if (live()) setState({ step: 'reading', progress });
    };
    Promise.resolve(request)
      .then((ready) => readInsight(ready, onProgress, controller.signal))
      .then(
        (answer) => {
          if (!live()) return;
          setState(
            answer.ok
              ? {
                  step: 'done',
                  insight: answer.insight,
                  ...(answer.notes ? { notes: answer.notes } : {}),
                }
              : { step: 'failed', problem: answer.problem },
          );
        },
        (error: unknown) => {
          if (!live()) return;
          const message = error instanceof Error ? error.message : String(error);
          setState({ step: 'failed', problem: { code: 'read-failed', message } });
        },
      );
  }, []);

  const cancel = useCallback(() => {
    current.current?.abort();
    current.current = null;
    setState({ step: 'cancelled' });
  }, []);

  return { state, start, cancel };
}
