/**
 * Runs in a worker thread (started with a small stack by tests/compiler/limits.test.ts):
 * compiles the course it is given and posts back each diagnostic's code, file and line,
 * or the error if the compiler threw.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { compileCourse, type CourseInput } from '../../src/compiler';

try {
  const result = compileCourse((workerData as { input: CourseInput }).input);
  const diagnostics = [...result.diagnostics, ...result.scenarios.flatMap((s) => s.diagnostics)];
  parentPort?.postMessage({
    diagnostics: diagnostics.map((d) => ({ code: d.code, file: d.file, line: d.range.start.line })),
  });
} catch (error) {
  parentPort?.postMessage({
    threw: error instanceof Error ? `${error.name}: ${error.message}` : String(error),
  });
}
