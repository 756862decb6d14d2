/**
 * `cmi.suspend_data`: the scenario's runs (their event logs, which replay to the very
 * decision) and, where there is room, the learner's reflections and plans on them, as
 * JSON compressed with lz-string into base64 — printable characters only, as SCORM 1.2's
 * `CMIString4096` needs. SCORM 1.2 gives 4,096 characters, and 2004 64,000; we keep to the
 * smaller for both, so a course behaves the same in either.
 *
 * What goes in, in order, while it fits: the run played last, the scenario's other runs
 * (newest first), then the reflections on the runs kept (the last run's first). Left out
 * of it is never lost: the browser keeps everything, and the learner is told when their
 * notes (`reflectionsDropped`) or the run itself (`runTooLong`) did not fit.
 */
import { compressToBase64, decompressFromBase64 } from 'lz-string';
import {
  EXPORT_FORMAT,
  PROGRESS_VERSION,
  allRuns,
  type Progress,
  type SavedRun,
} from '../../progress';

/** SCORM 1.2's `cmi.suspend_data` (`CMIString4096`). */
export const SUSPEND_LIMIT = 4096;

/** Version of the suspend data's shape. */
const SHAPE = 1;

interface SuspendShape {
  v: typeof SHAPE;
  runs: Progress['runs'][string][];
  reflections: Progress['reflections'][string][];
}

export interface Packed {
  /** The text for `cmi.suspend_data`, at most `limit` characters. */
  text: string;
  /** Ids of the runs it holds. */
  runs: string[];
  /** A reflection on a run it holds did not fit. */
  reflectionsDropped: boolean;
  /** The run played last did not fit (it is left out). */
  runTooLong: boolean;
}

const encode = (shape: SuspendShape) => compressToBase64(JSON.stringify(shape));

/** The run played last first, then the others, newest first. */
function byRecency(runs: SavedRun[]): SavedRun[] {
  return [...runs].sort(
    (a, b) => Date.parse(b.updatedAt) - Date.parse(a.updatedAt) || (a.id < b.id ? -1 : 1),
  );
}

export function packSuspendData(
  progress: Progress,
  scenarioId: string,
  limit = SUSPEND_LIMIT,
): Packed {
  const runs = byRecency(
    Object.values(allRuns(progress)).filter((r) => r.scenarioId === scenarioId),
  );
  const shape: SuspendShape = { v: SHAPE, runs: [], reflections: [] };
  let text = encode(shape);
  let runTooLong = false;
  for (const [i, run] of runs.entries()) {
    const next = encode({ ...shape, runs: [...shape.runs, run] });
    if (next.length <= limit) {
      shape.runs.push(run);
      text = next;
    } else if (i === 0) runTooLong = true;
  }
  let reflectionsDropped = false;
  for (const run of shape.runs) {
    const reflection = Object.hasOwn(progress.reflections, run.id)
      ? progress.reflections[run.id]
      : undefined;
    if (!reflection) continue;
    const next = encode({ ...shape, reflections: [...shape.reflections, reflection] });
    if (next.length <= limit) {
      shape.reflections.push(reflection);
      text = next;
    } else reflectionsDropped = true;
  }
  return { text, runs: shape.runs.map((r) => r.id), reflectionsDropped, runTooLong };
}

export type Unpacked =
  | { kind: 'empty' }
  /** A progress file (as `importProgress` reads) marked `restore`: the LMS's copy wins. */
  | { kind: 'file'; text: string }
  | { kind: 'unreadable'; problem: string };

/** Read `cmi.suspend_data` back into a progress file holding `scenarioId`'s runs. */
export function unpackSuspendData(data: string, scenarioId: string): Unpacked {
  if (data.trim() === '') return { kind: 'empty' };
  let shape: unknown;
  try {
    shape = JSON.parse(decompressFromBase64(data) || 'null');
  } catch {
    shape = null;
  }
  if (!isShape(shape)) return { kind: 'unreadable', problem: 'it is not data Casebook wrote' };
  const mine = shape.runs.filter(
    (r) => typeof r === 'object' && r !== null && r.scenarioId === scenarioId,
  );
  const ids = new Set(mine.map((r) => r.id));
  const reflections = shape.reflections.filter(
    (r) => typeof r === 'object' && r !== null && ids.has(r.runId),
  );
  const progress = {
    version: PROGRESS_VERSION,
    runs: Object.fromEntries(mine.map((r) => [r.id, r])),
    reflections: Object.fromEntries(reflections.map((r) => [r.runId, r])),
  };
  const file = { format: EXPORT_FORMAT, version: PROGRESS_VERSION, restore: true, progress };
  return { kind: 'file', text: JSON.stringify(file) };
}

function isShape(value: unknown): value is SuspendShape {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Partial<SuspendShape>;
  return v.v === SHAPE && Array.isArray(v.runs) && Array.isArray(v.reflections);
}
