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
import type { MessageId } from '../../i18n';
import { useT } from '../i18n/use-t';
import { useScenarioLang } from '../i18n/scenario-words';
import { Words } from './Words';
import '../../i18n/areas/author';

/** The author's line a diagnostic points at, from the picked files. */
function lineOf(files: PickedFile[]) {
  return (d: Pick<Diagnostic, 'file' | 'range'>) =>
    files
      .find((f) => f.path.endsWith(d.file))
      ?.text.replace(/^\uFEFF/, '')
      .split(/\r\n|\r|\n/)[d.range.start.line - 1];
}

function verdict(s: CheckedScenario): MessageId {
  if (s.playable)
    return s.diagnostics.length === 0 ? 'author.check.clean' : 'author.check.warnings';
  return s.compiled ? 'author.check.runsGoWrong' : 'author.check.broken';
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
  const t = useT();
  const sourceLine = lineOf(files);
  const explored = result.scenarios.find((s) => s.folder === exploring && s.compiled);
  const words = useScenarioLang(explored?.compiled);
  return (
    <>
      {result.diagnostics.length > 0 && (
        <section aria-labelledby="course-diagnostics">
          <h2 id="course-diagnostics">{t('author.check.course')}</h2>
          <DiagnosticList diagnostics={result.diagnostics} sourceLine={sourceLine} />
        </section>
      )}
      {result.scenarios.map((s) => (
        <section key={s.folder} aria-labelledby={`author-${s.folder}`}>
          <h2 id={`author-${s.folder}`}>
            {t('author.check.scenario', { folder: s.folder, verdict: t(verdict(s)) })}
          </h2>
          <DiagnosticList
            diagnostics={s.diagnostics}
            sourceLine={sourceLine}
            action={(d) => {
              const id = s.compiled && sceneAt(s.compiled, d);
              return id ? (
                <button type="button" className="link" onClick={() => onShow(s.folder, id)}>
                  {t('author.check.showOnMap', { scene: id })}
                </button>
              ) : null;
            }}
          />
          {s.compiled && exploring !== s.folder && (
            <button type="button" onClick={() => onShow(s.folder, undefined)}>
              {t('author.check.mapAndPlay', { folder: s.folder })}
            </button>
          )}
        </section>
      ))}
      {explored?.compiled && (
        <section aria-labelledby="workbench-heading" className="workbench-section">
          <h2 id="workbench-heading" tabIndex={-1}>
            <Words lang={words.lang}>{explored.compiled.title}</Words>{' '}
            <span className="kind">({explored.folder})</span>
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
