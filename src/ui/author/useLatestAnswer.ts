/**
 * The answer of an async question that changes with its inputs (a map's layout, the
 * runs from the player's current state), with a busy flag while it is asked. Only
 * the answer to the newest question is kept: a slow answer about the state before
 * the last click never replaces a newer one. Busy holds from the very render that
 * asks a new question until its answer arrives.
 */
import { useEffect, useState } from 'react';

export interface Latest<T> {
  /** The newest answer received (kept while a newer question is being answered). */
  answer: T | undefined;
  /** True while the newest question has no answer yet. */
  busy: boolean;
  /** Set when the newest question failed. */
  error?: string;
}

interface Answered<T> {
  answer: T | undefined;
  /** The question this answers. */
  to?: () => Promise<T>;
  error?: string;
}

export function useLatestAnswer<T>(ask: (() => Promise<T>) | undefined): Latest<T> {
  const [answered, setAnswered] = useState<Answered<T>>({ answer: undefined });
  useEffect(() => {
    if (!ask) return;
    let newest = true;
    ask().then(
      (answer) => {
        if (newest) setAnswered({ answer, to: ask });
      },
      (error: unknown) => {
        if (newest)
          setAnswered((a) => ({
            answer: a.answer,
            to: ask,
            error: error instanceof Error ? error.message : String(error),
          }));
      },
    );
    return () => {
      newest = false;
    };
  }, [ask]);
  const busy = ask !== undefined && answered.to !== ask;
  return answered.error === undefined || busy
    ? { answer: answered.answer, busy }
    : { answer: answered.answer, busy, error: answered.error };
}
