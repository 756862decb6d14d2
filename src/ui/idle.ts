/**
 * Work the learner does not wait for, done when the page has nothing else to do: the
 * code of the pages they are likely to open next. `requestIdleCallback` where the browser
 * has it (Safari does not), a task after the current one elsewhere.
 */
export function whenIdle(work: () => void): () => void {
  if (typeof window.requestIdleCallback === 'function') {
    const handle = window.requestIdleCallback(work, { timeout: 2000 });
    return () => window.cancelIdleCallback(handle);
  }
  const handle = window.setTimeout(work, 0);
  return () => window.clearTimeout(handle);
}
