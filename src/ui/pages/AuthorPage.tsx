// Author mode (#/author): open a course or scenario folder from this computer and see
// every diagnostic, with its file, line and source line — the same checks as
// `npm run check`, run in the browser, with nothing uploaded. The compiler loads only
// when this page opens, so learners never download it.
import { useEffect, useRef, useState, type ChangeEvent } from 'react';
import type { Diagnostic } from '../../contract';
import { DiagnosticList } from '../components/DiagnosticList';
import { courseFromFiles, readPicked, type PickedFile } from '../authoring';
import { useCourse } from '../course';

interface Checked {
  files: PickedFile[];
  scenarios: { folder: string; compiled: boolean; diagnostics: Diagnostic[] }[];
  course: Diagnostic[];
}

async function check(files: PickedFile[], fallback: string | undefined): Promise<Checked> {
  const { checkCourse } = await import('../../cli/check-course');
  const input = courseFromFiles(files);
  if (!input.taxonomy && fallback)
    input.taxonomy = { path: "behaviours.json (this app's course)", text: fallback };
  const result = checkCourse(input, { strict: true });
  return {
    files,
    course: result.diagnostics,
    scenarios: result.scenarios.map((s) => ({
      folder: s.folder,
      compiled: Boolean(s.scenario),
      diagnostics: s.diagnostics,
    })),
  };
}

/** The author's line a diagnostic points at, from the picked files. */
function lineOf(files: PickedFile[]) {
  return (d: Diagnostic) =>
    files
      .find((f) => f.path.endsWith(d.file))
      ?.text.replace(/^\uFEFF/, '')
      .split(/\r\n|\r|\n/)[d.range.start.line - 1];
}

export function AuthorPage() {
  const { index } = useCourse();
  const [checked, setChecked] = useState<Checked | undefined>();
  const [status, setStatus] = useState('');
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    document.title = 'Author mode · Casebook';
    heading.current?.focus();
  }, []);
  const fallback = index.taxonomy ? JSON.stringify(index.taxonomy) : undefined;
  const run = async (files: PickedFile[]) => {
    setStatus('Checking…');
    const result = await check(files, fallback);
    setChecked(result);
    const all = [...result.course, ...result.scenarios.flatMap((s) => s.diagnostics)];
    setStatus(
      `Checked ${result.scenarios.length} scenario${result.scenarios.length === 1 ? '' : 's'}: ${all.filter((d) => d.severity === 'error').length} errors, ${all.filter((d) => d.severity === 'warning').length} warnings.`,
    );
  };
  const pick = async (event: ChangeEvent<HTMLInputElement>) => {
    if (event.target.files) await run(await readPicked(event.target.files));
  };
  return (
    <article className="author">
      <h1 ref={heading} tabIndex={-1}>
        Author mode
      </h1>
      <p>
        Open a course folder (scenario folders with a <code>behaviours.json</code>) or one scenario
        folder. Your files are read in this page and checked with the same rules as{' '}
        <code>npm run check -- --strict</code>; nothing is uploaded.
      </p>
      <div className="actions">
        <label className="button primary">
          Open a folder
          <input
            className="visually-hidden"
            type="file"
            multiple
            onChange={pick}
            {...{ webkitdirectory: '' }}
          />
        </label>
        {checked && (
          <button type="button" onClick={() => void run(checked.files)}>
            Check again
          </button>
        )}
      </div>
      <p role="status">{status}</p>
      {checked && (
        <>
          {checked.course.length > 0 && (
            <section aria-labelledby="course-diagnostics">
              <h2 id="course-diagnostics">The course</h2>
              <DiagnosticList diagnostics={checked.course} sourceLine={lineOf(checked.files)} />
            </section>
          )}
          {checked.scenarios.map((s) => (
            <section key={s.folder} aria-labelledby={`author-${s.folder}`}>
              <h2 id={`author-${s.folder}`}>
                {s.folder}:{' '}
                {s.compiled
                  ? s.diagnostics.length === 0
                    ? 'no problems'
                    : 'playable, with warnings'
                  : 'does not compile'}
              </h2>
              <DiagnosticList diagnostics={s.diagnostics} sourceLine={lineOf(checked.files)} />
            </section>
          ))}
        </>
      )}
    </article>
  );
}
