/**
 * The answer of an async question that changes with its inputs (a map's layout, the
 * runs from the player's current state), with a busy flag while it is asked. Each
 * question gets a number; an answer to an older one than the newest is dropped, so a
 * slow answer about the state before the last click never replaces a newer one.
 */
import { useEffect, useRef, useState } from 'react';

export interface Latest<T> {
  /** The newest answer received (kept while a newer question is being answered). */
  answer: T | undefined;
  /** True while the newest question has no answer yet. */
  busy: boolean;
  /** Set when the newest question failed. */
  error?: string;
}

export function useLatestAnswer<T>(ask: (() => Promise<T>) | undefined): Latest<T> {
  const asked = useRef(0);
  const [latest, setLatest] = useState<Latest<T> & { question: number }>({
    answer: undefined,
    busy: ask !== undefined,
    question: 0,
  });
  useEffect(() => {
    if (!ask) return;
    const question = ++asked.current;
    setLatest((l) => ({ answer: l.answer, busy: true, question }));
    ask().then(
      (answer) => {
        if (question === asked.current) setLatest({ answer, busy: false, question });
      },
      (error: unknown) => {
        if (question === asked.current)
          setLatest((l) => ({
            answer: l.answer,
            busy: false,
            question,
            error: error instanceof Error ? error.message : String(error),
          }));
      },
    );
  }, [ask]);
  return latest.error === undefined
    ? { answer: latest.answer, busy: latest.busy }
    : { answer: latest.answer, busy: latest.busy, error: latest.error };
}
