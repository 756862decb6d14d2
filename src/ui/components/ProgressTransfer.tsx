// Moving progress between browsers, or keeping a copy: download every run as a file,
// and import such a file back (merged with what is here, its runs replayed on the
// scenarios as they are now; a bad file changes nothing and says why).
import { useId, useState, type ChangeEvent } from 'react';
import { exportProgress, runCount } from '../../progress';
import { servedScenarios, useCourse } from '../course';
import { download } from '../download';
import { useAppState, useStore } from '../store';

export function ProgressTransfer() {
  const uid = useId();
  const store = useStore();
  const course = useCourse();
  const { progress } = useAppState();
  const inputId = useId();
  const [status, setStatus] = useState('');
  const runs = runCount(progress);

  const saveCopy = () => {
    const now = store.now();
    download(
      `casebook-progress-${now.toISOString().slice(0, 10)}.json`,
      exportProgress(progress, now),
      'application/json',
    );
    setStatus(`Downloaded ${runs} run${runs === 1 ? '' : 's'}.`);
  };

  const upload = async (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    event.target.value = '';
    if (!file) return;
    setStatus(`Reading ${file.name}…`);
    const text = await file.text();
    // Every imported run is replayed on the scenario as it is now before it counts as playable.
    store.importFile(text, file.name, { served: await servedScenarios(course) });
    setStatus(`Read ${file.name}; see the notices above for what was imported.`);
  };

  return (
    <section className="transfer" aria-labelledby={`${uid}transfer-heading`}>
      <h2 id={`${uid}transfer-heading`}>Your progress</h2>
      <p>
        Your runs are saved in this browser ({runs} so far). To move to another browser or keep a
        copy, download them as a file and import the file there.
      </p>
      <div className="actions">
        <button type="button" onClick={saveCopy}>
          Download my progress
        </button>
        <label className="button" htmlFor={inputId}>
          Import progress from a file
        </label>
        <input
          id={inputId}
          className="visually-hidden"
          type="file"
          accept="application/json,.json"
          onChange={upload}
        />
      </div>
      <p role="status" className="hint">
        {status}
      </p>
    </section>
  );
}
