/**
 * An in-memory `StorageLike` for tests, which can be told to fail the way browsers
 * do: every access throwing `SecurityError` (private mode, blocked storage), or
 * writes throwing `QuotaExceededError` once the stored text passes a size limit or
 * for chosen keys.
 */
import type { StorageLike } from '../../src/progress';

export class MemoryStorage implements StorageLike {
  readonly items = new Map<string, string>();
  /** Every call throws `SecurityError`. */
  denyAccess = false;
  /** Writes that would make keys plus values longer than this throw `QuotaExceededError`. */
  quota = Number.POSITIVE_INFINITY;
  /** Writes to keys this accepts throw `QuotaExceededError`. */
  fullFor: (key: string) => boolean = () => false;

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

  getItem(key: string): string | null {
    this.guard();
    return this.items.get(key) ?? null;
  }

  setItem(key: string, value: string): void {
    this.guard();
    if (this.fullFor(key) || this.size(key) + key.length + value.length > this.quota)
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    this.items.set(key, value);
  }

  removeItem(key: string): void {
    this.guard();
    this.items.delete(key);
  }

  /** Keys under `prefix`, sorted. */
  keys(prefix = ''): string[] {
    return [...this.items.keys()].filter((k) => k.startsWith(prefix)).sort();
  }

  snapshot(): Record<string, string> {
    return Object.fromEntries(this.items);
  }
}
