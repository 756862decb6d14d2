// Author mode (#/author): open a course or scenario folder from this computer and see
// every diagnostic with its file, line and source line — the same checks as
// `npm run check -- --strict`, run in the browser — then each scenario's map, its
// path statistics, and a player that starts at any scene with chosen values. Where
// the browser can open folders directly (File System Access API) the page checks
// again by itself when a file is saved. Nothing is uploaded. The compiler loads only
// when a folder is opened, so learners never download it.
import { useEffect, useRef, useState, type ChangeEvent } from 'react';
import type { Diagnostic } from '../../contract';
import type { CourseCheck } from '../../check';
import { DiagnosticList } from '../components/DiagnosticList';
import { courseFromFiles, readPicked, type PickedFile } from '../authoring';
import { useCourse } from '../course';
import {
  canOpenFolders,
  pickFolder,
  readFolder,
  watchFolder,
  type DirectoryHandle,
  type Watch,
} from '../author/folder-access';
import { ScenarioWorkbench } from '../author/ScenarioWorkbench';
import { sceneAt } from '../author/scene-at';

interface Checked {
  files: PickedFile[];
  result: CourseCheck;
}

async function check(files: PickedFile[], fallback: string | undefined): Promise<Checked> {
  const { checkCourseInDetail } = await import('../../check');
  const input = courseFromFiles(files);
  if (!input.taxonomy && fallback)
    input.taxonomy = { path: "behaviours.json (this app's course)", text: fallback };
  return { files, result: checkCourseInDetail(input, { strict: true }) };
}

/** The author's line a diagnostic points at, from the picked files. */
function lineOf(files: PickedFile[]) {
  return (d: Pick<Diagnostic, 'file' | 'range'>) =>
    files
      .find((f) => f.path.endsWith(d.file))
      ?.text.replace(/^\uFEFF/, '')
      .split(/\r\n|\r|\n/)[d.range.start.line - 1];
}

function summary({ result }: Checked): string {
  const all = [...result.diagnostics, ...result.scenarios.flatMap((s) => s.diagnostics)];
  const n = result.scenarios.length;
  const errors = all.filter((d) => d.severity === 'error').length;
  const warnings = all.filter((d) => d.severity === 'warning').length;
  return `Checked ${n} scenario${n === 1 ? '' : 's'}: ${errors} error${errors === 1 ? '' : 's'}, ${warnings} warning${warnings === 1 ? '' : 's'}.`;
}

export function AuthorPage() {
  const { index } = useCourse();
  const [checked, setChecked] = useState<Checked | undefined>();
  const [status, setStatus] = useState('');
  const [folder, setFolder] = useState<DirectoryHandle | undefined>();
  /** The files chosen with the picker, read again by "Check again". */
  const [chosen, setChosen] = useState<File[]>([]);
  const [signature, setSignature] = useState('');
  const [watching, setWatching] = useState(true);
  const [exploring, setExploring] = useState<string | undefined>();
  /** The scene open in the reader of the explored scenario. */
  const [scene, setScene] = useState<string | undefined>();
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    document.title = 'Author mode · Casebook';
    heading.current?.focus();
  }, []);
  const fallback = index.taxonomy ? JSON.stringify(index.taxonomy) : undefined;
  const run = async (files: PickedFile[], why = '') => {
    setStatus('Checking…');
    try {
      const next = await check(files, fallback);
      setChecked(next);
      const names = next.result.scenarios.filter((s) => s.compiled).map((s) => s.folder);
      setExploring((current) =>
        current && names.includes(current) ? current : names.length === 1 ? names[0] : undefined,
      );
      setStatus(`${why}${summary(next)}`);
    } catch (error) {
      setStatus(
        `The check could not run: ${error instanceof Error ? error.message : String(error)}`,
      );
    }
  };

  useEffect(() => {
    if (!folder || !watching) return;
    const watch: Watch = watchFolder(
      folder,
      signature,
      (changed) => {
        setSignature(changed.signature);
        void run(changed.files, `A file changed in ${folder.name}; checked again. `);
      },
      (error) =>
        setStatus(
          `${folder.name} can no longer be read (${error instanceof Error ? error.message : String(error)}); open it again to go on.`,
        ),
    );
    return () => watch.stop();
    // `run` changes every render; the watch only needs restarting for a new folder or signature.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [folder, watching, signature]);

  const openFolder = async () => {
    try {
      const handle = await pickFolder();
      if (!handle) return;
      setStatus(`Reading ${handle.name}…`);
      const opened = await readFolder(handle);
      setFolder(handle);
      setSignature(opened.signature);
      await run(opened.files);
    } catch (error) {
      setStatus(
        `The folder could not be read: ${error instanceof Error ? error.message : String(error)}`,
      );
    }
  };
  const pick = async (event: ChangeEvent<HTMLInputElement>) => {
    if (!event.target.files) return;
    const files = [...event.target.files];
    setFolder(undefined);
    setChosen(files);
    await run(await readPicked(files));
  };
  const again = async () => {
    if (!checked) return;
    try {
      if (folder) {
        const opened = await readFolder(folder);
        setSignature(opened.signature);
        await run(opened.files);
      } else await run(await readPicked(chosen));
    } catch {
      // Chromium will not read a picked file again once it has changed on disk.
      setStatus(
        'This browser cannot read the chosen files again now that they have changed: choose the folder again to check the new versions.',
      );
    }
  };
  /** Open a scenario's map (and a scene in its reader), and take the focus there. */
  const show = (folder: string, id: string | undefined) => {
    setExploring(folder);
    setScene(id);
    requestAnimationFrame(() =>
      document.getElementById(id ? 'reader-heading' : 'workbench-heading')?.focus(),
    );
  };
  const result = checked?.result;
  const explored = result?.scenarios.find((s) => s.folder === exploring && s.compiled);
  return (
    <article className="author">
      <h1 ref={heading} tabIndex={-1}>
        Author mode
      </h1>
      <p>
        Open a course folder (scenario folders with a <code>behaviours.json</code>) or one scenario
        folder, or choose a scenario&apos;s <code>scenario.md</code> and <code>machine.json</code>{' '}
        (and a <code>behaviours.json</code>, if you have one). Your files are read in this page and
        checked with the same rules as <code>npm run check -- --strict</code>; nothing is uploaded.
        Then read each scenario on its map and play it from any scene.
      </p>
      <div className="actions">
        {canOpenFolders() && (
          <button type="button" className="primary" onClick={() => void openFolder()}>
            Open a folder
          </button>
        )}
        <label className="button">
          {canOpenFolders() ? 'Choose files from a folder' : 'Open a folder'}
          <input
            className="visually-hidden"
            type="file"
            multiple
            onChange={pick}
            {...{ webkitdirectory: '' }}
          />
        </label>
        <label className="button">
          Choose files
          <input
            className="visually-hidden"
            type="file"
            multiple
            accept=".md,.json"
            onChange={pick}
          />
        </label>
        {checked && (
          <button type="button" onClick={() => void again()}>
            Check again
          </button>
        )}
      </div>
      {folder && (
        <p>
          <label>
            <input
              type="checkbox"
              checked={watching}
              onChange={(e) => setWatching(e.target.checked)}
            />{' '}
            Check again when a file in {folder.name} changes
          </label>
        </p>
      )}
      <p role="status">{status}</p>
      {result && checked && (
        <>
          {result.diagnostics.length > 0 && (
            <section aria-labelledby="course-diagnostics">
              <h2 id="course-diagnostics">The course</h2>
              <DiagnosticList diagnostics={result.diagnostics} sourceLine={lineOf(checked.files)} />
            </section>
          )}
          {result.scenarios.map((s) => (
            <section key={s.folder} aria-labelledby={`author-${s.folder}`}>
              <h2 id={`author-${s.folder}`}>
                {s.folder}:{' '}
                {s.scenario
                  ? s.diagnostics.length === 0
                    ? 'no problems'
                    : 'playable, with warnings'
                  : s.compiled
                    ? 'compiles, but some runs go wrong'
                    : 'does not compile'}
              </h2>
              <DiagnosticList
                diagnostics={s.diagnostics}
                sourceLine={lineOf(checked.files)}
                action={(d) => {
                  const id = s.compiled && sceneAt(s.compiled, d);
                  return id ? (
                    <button type="button" className="link" onClick={() => show(s.folder, id)}>
                      Show {id} on the map
                    </button>
                  ) : null;
                }}
              />
              {s.compiled && exploring !== s.folder && (
                <button type="button" onClick={() => show(s.folder, undefined)}>
                  Map and play {s.folder}
                </button>
              )}
            </section>
          ))}
          {explored?.compiled && (
            <section aria-labelledby="workbench-heading" className="workbench-section">
              <h2 id="workbench-heading" tabIndex={-1}>
                {explored.compiled.title} <span className="kind">({explored.folder})</span>
              </h2>
              <ScenarioWorkbench
                key={explored.folder}
                scene={scene}
                onScene={setScene}
                scenario={explored.compiled}
                analysis={explored.analysis}
                taxonomy={result.taxonomy}
              />
            </section>
          )}
        </>
      )}
    </article>
  );
}
