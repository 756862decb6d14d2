/** The messages between the fuzz test and its check worker (check-worker.ts). */
import type { Diagnostic } from '../../src/contract';

export interface CheckRequest {
  id: number;
  /** Path inside the course folder → bytes, as they are written to disk. */
  files: [string, Uint8Array][];
}

/** The check ran to the end (whatever it found). */
export interface Checked {
  id: number;
  kind: 'checked';
  /** What the worker's loader put before each path (diagnostics name `course/<folder>/…`). */
  prefix: string;
  /** Did behaviours.json give a taxonomy? */
  taxonomy: boolean;
  /** Diagnostics of behaviours.json (and of a missing one). */
  diagnostics: Diagnostic[];
  scenarios: { folder: string; playable: boolean; diagnostics: Diagnostic[] }[];
  /** Characters printed (the formatter ran over every diagnostic). */
  printed: number;
}

export type CheckReply = Checked | { id: number; kind: 'threw'; error: string } | { kind: 'ready' };

/** How one case ended, seen from the test: the check's result, or why there is none. */
export type Outcome =
  | Checked
  | { kind: 'threw'; error: string }
  | { kind: 'hung'; afterMs: number }
  | { kind: 'crashed'; error: string };
