/**
 * The one place the learner's progress changes: every update is a pure function from
 * `src/progress` (one Immer `produce` each), saved at once (autosave after every
 * choice), with any notice it raises kept for the learner to read. Components read
 * the state through `useAppState`, change it through `useStore()`'s methods, and never
 * write storage themselves.
 *
 * The store remembers what storage holds (`saved`), so a save writes only the records
 * that differ from it (one run per choice), and what it learnt on load (a newer
 * version's progress is never written over). It follows other tabs' writes
 * (`followOtherTab`, given each `storage` event), so its next write loses nothing they
 * saved.
 *
 * Given `focus` (the scenario a deep link opens), the store is made without reading the
 * runs of other scenarios (`LoadOptions.focus`); `loadRest` reads them, and the app calls
 * it right after the first render. Anything that needs every run (a reconcile, an
 * import, another tab's write) reads them first.
 */
import { createContext, useContext, useSyncExternalStore } from 'react';
import {
  backupWriter,
  importProgress,
  loadDeferred,
  loadDismissed,
  askToPersist,
  loadProgress,
  placeWrite,
  plainRuns,
  readBackup,
  readOtherTabWrite,
  rememberDismissed,
  saveProgress,
  settleWrite,
  staysDismissed,
  type DeferredRuns,
  type ImportOptions,
  type Notice,
  type Progress,
  type StorageLike,
  type StorageManagerLike,
} from '../progress';

export interface AppState {
  progress: Progress;
  notices: Notice[];
}

export class ProgressStore {
  private state: AppState;
  private readonly listeners = new Set<() => void>();
  /** Ids of notices the learner dismissed that stay dismissed while their data is unchanged. */
  private dismissed: Set<string>;
  /** What storage holds, as far as this tab knows; `undefined` until everything is written once. */
  private saved: Progress | undefined;
  /** The newer format version storage holds, if any: then nothing is written. */
  private readOnly: number | undefined;
  /** Runs of other scenarios than `focus`, not read yet (`loadRest`). */
  private deferred: DeferredRuns | undefined;

  constructor(
    private readonly storage: StorageLike | undefined,
    private readonly clock: () => Date = () => new Date(),
    focus?: string,
  ) {
    this.dismissed = loadDismissed(storage);
    const loaded = loadProgress(storage, clock(), focus === undefined ? {} : { focus });
    this.state = { progress: loaded.progress, notices: loaded.notices };
    this.saved = loaded.unsaved ? undefined : loaded.progress;
    this.readOnly = loaded.readOnly;
    this.deferred = loaded.deferred;
  }

  /** Read the runs the constructor put off (see the top); does nothing once they are read. */
  loadRest(): void {
    const deferred = this.deferred;
    if (!deferred) return;
    this.deferred = undefined;
    const read = loadDeferred(this.storage, this.state.progress, deferred, this.clock());
    // Storage holds these runs as they were read: the next save need not write them.
    if (this.saved === this.state.progress) this.saved = read.progress;
    else if (this.saved) {
      const saved = plainRuns(this.saved);
      this.saved = { ...saved, runs: { ...read.runs, ...saved.runs } };
    }
    this.set({ progress: read.progress, notices: merge(this.state.notices, read.notices) });
  }

  now(): Date {
    return this.clock();
  }

  getSnapshot = (): AppState => this.state;

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  /** Apply an update and save it. */
  update(change: (progress: Progress, now: Date) => Progress): void {
    const progress = change(this.state.progress, this.clock());
    if (progress === this.state.progress) return;
    const notices = this.save(progress);
    this.set({ progress, notices: merge(this.state.notices, notices) });
  }

  /** Apply an update that also reports notices (reconcile, import). */
  report(
    change: (progress: Progress, now: Date) => { progress: Progress; notices: Notice[] },
  ): void {
    this.loadRest();
    const result = change(this.state.progress, this.clock());
    const saved = result.progress === this.state.progress ? [] : this.save(result.progress);
    const shown = result.notices.filter((n) => !this.dismissed.has(n.id));
    this.set({
      progress: result.progress,
      notices: merge(this.state.notices, [...shown, ...saved]),
    });
  }

  /** Import a progress file: what it replaces is backed up here first, its runs proven on `scenarios`. */
  importFile(text: string, fileName: string, options: Omit<ImportOptions, 'backup'>): void {
    this.report((progress, now) =>
      importProgress(progress, text, fileName, now, {
        ...options,
        backup: backupWriter(this.storage, now),
      }),
    );
  }

  /** The text of a backup an import made, to download. */
  backupText(key: string): string | undefined {
    return readBackup(this.storage, key);
  }

  dismiss(id: string): void {
    const dismissed = this.state.notices.find((n) => n.id === id);
    if (dismissed && staysDismissed(dismissed))
      this.dismissed = rememberDismissed(this.storage, id);
    this.set({ ...this.state, notices: this.state.notices.filter((n) => n.id !== id) });
  }

  /**
   * Another tab wrote `key` (a `storage` event's `key` and `newValue`): take what it saved
   * into this tab's progress, write back what this tab keeps of its own, and stop writing
   * when it holds a newer format version.
   */
  followOtherTab(key: string | null, newValue: string | null): void {
    this.loadRest();
    const write = readOtherTabWrite(key, newValue);
    if (write.kind === 'ignored') return;
    if (write.kind === 'future') {
      this.readOnly = write.version;
      const future = saveProgress(this.storage, this.state.progress, { readOnly: write.version });
      this.set({ ...this.state, notices: merge(this.state.notices, future) });
      return;
    }
    if (this.saved) this.saved = placeWrite(this.saved, write);
    const now = this.clock();
    const kept = settleWrite(this.state.progress, write, backupWriter(this.storage, now));
    const saved = this.save(kept.progress);
    this.set({
      progress: kept.progress,
      notices: merge(this.state.notices, [...kept.notices, ...saved]),
    });
  }

  /** Ask the browser to keep storage for good, and tell the learner when it will not. */
  async askToPersist(manager: StorageManagerLike | undefined): Promise<void> {
    if (!this.storage) return;
    const notices = (await askToPersist(manager)).filter((n) => !this.dismissed.has(n.id));
    if (notices.length > 0)
      this.set({ ...this.state, notices: merge(this.state.notices, notices) });
  }

  /** Write what differs from what storage holds; on trouble, keep the older `saved` so the next save retries. */
  private save(progress: Progress): Notice[] {
    if (this.saved === progress) return [];
    const notices = saveProgress(this.storage, progress, {
      ...(this.saved ? { before: this.saved } : {}),
      ...(this.readOnly === undefined ? {} : { readOnly: this.readOnly }),
    });
    if (notices.length === 0) this.saved = progress;
    return notices;
  }

  private set(state: AppState): void {
    this.state = state;
    for (const listener of this.listeners) listener();
  }
}

function merge(current: Notice[], added: Notice[]): Notice[] {
  const ids = new Set(current.map((n) => n.id));
  return [...current, ...added.filter((n) => !ids.has(n.id))];
}

/** `localStorage`, or nothing where the browser refuses it (private mode, blocked cookies). */
export function browserStorage(): StorageLike | undefined {
  try {
    return window.localStorage;
  } catch {
    return undefined;
  }
}

export const StoreContext = createContext<ProgressStore | null>(null);

export function useStore(): ProgressStore {
  const store = useContext(StoreContext);
  if (!store) throw new Error('useStore needs a StoreContext provider');
  return store;
}

export function useAppState(): AppState {
  const store = useStore();
  return useSyncExternalStore(store.subscribe, store.getSnapshot);
}
