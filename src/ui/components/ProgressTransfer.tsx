// Moving progress between browsers, or keeping a copy: download every run as a file,
// and import such a file back (merged with what is here, its runs replayed on the
// scenarios as they are now; a bad file changes nothing and says why).
import { useId, useState, type ChangeEvent } from 'react';
import { formatNumber } from '../../i18n';
import { exportProgress, runCount } from '../../progress';
import { servedScenarios, useCourse } from '../course';
import { download } from '../download';
import { useT } from '../i18n/use-t';
import { useAppState, useStore } from '../store';

export function ProgressTransfer() {
  const uid = useId();
  const store = useStore();
  const course = useCourse();
  const { progress } = useAppState();
  const inputId = useId();
  const t = useT();
  const [status, setStatus] = useState('');
  const runs = runCount(progress);

  const saveCopy = () => {
    const now = store.now();
    download(
      `casebook-progress-${now.toISOString().slice(0, 10)}.json`,
      exportProgress(progress, now),
      'application/json',
    );
    setStatus(t('library.transfer.downloaded', { count: runs }));
  };

  const upload = async (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    event.target.value = '';
    if (!file) return;
    setStatus(t('library.transfer.reading', { file: file.name }));
    const text = await file.text();
    // Every imported run is replayed on the scenario as it is now before it counts as playable.
    store.importFile(text, file.name, { served: await servedScenarios(course) });
    setStatus(t('library.transfer.read', { file: file.name }));
  };

  return (
    <section className="transfer" aria-labelledby={`${uid}transfer-heading`}>
      <h2 id={`${uid}transfer-heading`}>{t('library.transfer.heading')}</h2>
      <p>{t('library.transfer.body', { count: formatNumber(runs) })}</p>
      <div className="actions">
        <button type="button" onClick={saveCopy}>
          {t('library.transfer.download')}
        </button>
        <label className="button" htmlFor={inputId}>
          {t('library.transfer.import')}
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
