/**
 * Fixture cases for the compiler: `tests/fixtures/check/<case>/` is a course (with
 * its own behaviours.json) or holds scenario folders checked on their own (with the
 * project's taxonomy); `expected.json` beside them lists the diagnostics, compactly.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { type CourseResult } from '../../src/compiler';
import { checkCourse } from '../../src/check/check-course';
import type { Diagnostic } from '../../src/contract';
import { loadCourse } from '../../src/disk/load';

export const FIXTURES = join(import.meta.dirname, '..', 'fixtures', 'check');

interface ExpectedDiagnostic {
  code: string;
  severity: string;
  at: string;
  message: string;
  /** Other places that are part of the cause: `file:line:col-line:col: message`. */
  related?: string[];
}

export interface Expected {
  /** Which scenarios compiled to a CompiledScenario. */
  compiled: string[];
  diagnostics: ExpectedDiagnostic[];
}

export function fixtureCases(): string[] {
  return readdirSync(FIXTURES)
    .filter((name) => statSync(join(FIXTURES, name)).isDirectory())
    .sort();
}

/** A case with a `check-options.json` (e.g. `{ "strict": true }`) is checked with those options. */
export function compileFixture(name: string): CourseResult[] {
  const dir = join(FIXTURES, name);
  const optionsFile = join(dir, 'check-options.json');
  const options = existsSync(optionsFile)
    ? (JSON.parse(readFileSync(optionsFile, 'utf8')) as { strict?: boolean })
    : {};
  if (existsSync(join(dir, 'behaviours.json'))) return [checkCourse(loadCourse('.', dir), options)];
  return readdirSync(dir)
    .filter((entry) => statSync(join(dir, entry)).isDirectory())
    .sort()
    .map((entry) => checkCourse(loadCourse(entry, dir), options));
}

export function summarise(results: CourseResult[]): Expected {
  const diagnostics = results.flatMap((r) => [
    ...r.diagnostics,
    ...r.scenarios.flatMap((s) => s.diagnostics),
  ]);
  return {
    compiled: results.flatMap((r) => r.scenarios.filter((s) => s.scenario).map((s) => s.folder)),
    diagnostics: diagnostics.map(compact),
  };
}

function compact(d: Diagnostic): ExpectedDiagnostic {
  const at = (file: string, { start, end }: Diagnostic['range']) =>
    `${file}:${start.line}:${start.col}-${end.line}:${end.col}`;
  return {
    code: d.code,
    severity: d.severity,
    at: at(d.file, d.range),
    message: d.message,
    ...(d.related ? { related: d.related.map((r) => `${at(r.file, r.range)}: ${r.message}`) } : {}),
  };
}
