// What a check found, as author mode shows it: the course's own diagnostics, each
// scenario's verdict and diagnostics (with the author's line beside each, and a way
// from a diagnostic to its scene on the map), then the workbench of the scenario
// being explored.
import type { Diagnostic } from '../../contract';
import { DiagnosticList } from '../components/DiagnosticList';
import type { PickedFile } from '../authoring';
import { ScenarioWorkbench } from './ScenarioWorkbench';
import { sceneAt } from './scene-at';
import type { CheckedScenario } from './work/protocol';
import type { Shown } from './session';
import type { AuthorWork } from './work/protocol';

/** The author's line a diagnostic points at, from the picked files. */
function lineOf(files: PickedFile[]) {
  return (d: Pick<Diagnostic, 'file' | 'range'>) =>
    files
      .find((f) => f.path.endsWith(d.file))
      ?.text.replace(/^\uFEFF/, '')
      .split(/\r\n|\r|\n/)[d.range.start.line - 1];
}

function verdict(s: CheckedScenario): string {
  if (s.playable) return s.diagnostics.length === 0 ? 'no problems' : 'playable, with warnings';
  return s.compiled ? 'compiles, but some runs go wrong' : 'does not compile';
}

export function CheckResult({
  shown: { files, result },
  exploring,
  scene,
  work,
  onShow,
  onScene,
}: {
  shown: Shown;
  exploring: string | undefined;
  scene: string | undefined;
  work: AuthorWork;
  onShow: (folder: string, scene: string | undefined) => void;
  onScene: (scene: string) => void;
}) {
  const sourceLine = lineOf(files);
  const explored = result.scenarios.find((s) => s.folder === exploring && s.compiled);
  return (
    <>
      {result.diagnostics.length > 0 && (
        <section aria-labelledby="course-diagnostics">
          <h2 id="course-diagnostics">The course</h2>
          <DiagnosticList diagnostics={result.diagnostics} sourceLine={sourceLine} />
        </section>
      )}
      {result.scenarios.map((s) => (
        <section key={s.folder} aria-labelledby={`author-${s.folder}`}>
          <h2 id={`author-${s.folder}`}>
            {s.folder}: {verdict(s)}
          </h2>
          <DiagnosticList
            diagnostics={s.diagnostics}
            sourceLine={sourceLine}
            action={(d) => {
              const id = s.compiled && sceneAt(s.compiled, d);
              return id ? (
                <button type="button" className="link" onClick={() => onShow(s.folder, id)}>
                  Show {id} on the map
                </button>
              ) : null;
            }}
          />
          {s.compiled && exploring !== s.folder && (
            <button type="button" onClick={() => onShow(s.folder, undefined)}>
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
            request={result.request}
            checked={explored}
            scenario={explored.compiled}
            taxonomy={result.taxonomy}
            work={work}
            scene={scene}
            onScene={onScene}
          />
        </section>
      )}
    </>
  );
}
