/**
 * An in-memory `StorageLike` for tests, which can be told to fail the way browsers
 * do: every access throwing `SecurityError` (private mode, blocked storage), or
 * writes throwing `QuotaExceededError` once the stored text passes a size limit or
 * for chosen keys. It records every write (`writes`), so tests can say which keys a
 * save touched.
 */
import {
  REFLECTION_KEY_PREFIX,
  RUN_KEY_PREFIX,
  STORAGE_KEY,
  type StorageLike,
} from '../../src/progress';

export class MemoryStorage implements StorageLike {
  readonly items = new Map<string, string>();
  /** Every call throws `SecurityError`. */
  denyAccess = false;
  /** Writes that would make keys plus values longer than this throw `QuotaExceededError`. */
  quota = Number.POSITIVE_INFINITY;
  /** Writes to keys this accepts throw `QuotaExceededError`. */
  fullFor: (key: string) => boolean = () => false;
  /** The key of every `setItem` call that succeeded, in order. */
  readonly writes: string[] = [];

  constructor(initial: Record<string, string> = {}) {
    for (const [key, value] of Object.entries(initial)) this.items.set(key, value);
  }

  private guard(): void {
    if (this.denyAccess) throw new DOMException('The operation is insecure.', 'SecurityError');
  }

  private size(without: string): number {
    let total = 0;
    for (const [key, value] of this.items) if (key !== without) total += key.length + value.length;
    return total;
  }

  get length(): number {
    this.guard();
    return this.items.size;
  }

  /** The keys in order, kept between writes so reading every key stays linear. */
  private order: string[] | undefined;

  key(index: number): string | null {
    this.guard();
    this.order ??= [...this.items.keys()];
    return this.order[index] ?? null;
  }

  getItem(key: string): string | null {
    this.guard();
    return this.items.get(key) ?? null;
  }

  setItem(key: string, value: string): void {
    this.guard();
    const over =
      this.quota !== Number.POSITIVE_INFINITY &&
      this.size(key) + key.length + value.length > this.quota;
    if (this.fullFor(key) || over)
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    this.items.set(key, value);
    this.order = undefined;
    this.writes.push(key);
  }

  removeItem(key: string): void {
    this.guard();
    this.items.delete(key);
    this.order = undefined;
  }

  /** Keys under `prefix`, sorted. */
  keys(prefix = ''): string[] {
    return [...this.items.keys()].filter((k) => k.startsWith(prefix)).sort();
  }

  snapshot(): Record<string, string> {
    return Object.fromEntries(this.items);
  }
}

/**
 * Storage holding `doc` in the current layout, written by hand (not by the code under
 * test): its runs and reflections each under their own key, the rest under the main key.
 */
export function layoutStorage(doc: Record<string, unknown>): MemoryStorage {
  return seedLayout(new MemoryStorage(), doc);
}

/** Write `doc` into `storage` in the current layout, by hand (see `layoutStorage`). */
export function seedLayout<S extends StorageLike>(storage: S, doc: Record<string, unknown>): S {
  // A `Progress` made by updates holds its latest runs apart (see `src/progress/runs.ts`).
  const {
    runs: older,
    recentRuns,
    reflections,
    ...main
  } = doc as {
    runs?: Record<string, unknown>;
    recentRuns?: Record<string, unknown>;
    reflections?: Record<string, unknown>;
  };
  const runs = recentRuns ? { ...older, ...recentRuns } : older;
  storage.setItem(STORAGE_KEY, JSON.stringify(main));
  for (const [id, run] of Object.entries(runs ?? {}))
    storage.setItem(RUN_KEY_PREFIX + id, JSON.stringify(run));
  for (const [id, reflection] of Object.entries(reflections ?? {}))
    storage.setItem(REFLECTION_KEY_PREFIX + id, JSON.stringify(reflection));
  return storage;
}
