// Notices about the learner's saved progress (corrupt data recovered, storage full,
// a run kept read-only after a scenario changed): what happened and what was kept. A
// notice about a backup an import made offers it as a file, which imports back.
import { BACKUP_PREFIX, type Notice } from '../../progress';
import { download } from '../download';
import { useStore } from '../store';

const LABEL = { info: 'Note', warning: 'Warning', error: 'Problem' } as const;

export function NoticeList({
  notices,
  onDismiss,
}: {
  notices: Notice[];
  onDismiss: (id: string) => void;
}) {
  return (
    <section className="notices" aria-label="Notices about your progress" aria-live="polite">
      {notices.length > 0 && (
        <ul>
          {notices.map((n) => (
            <li key={n.id} className={`notice ${n.severity}`}>
              <p>
                <strong>{LABEL[n.severity]}:</strong> {n.message}
                {n.source.path && (
                  <span className="where">
                    {' '}
                    ({n.source.kind === 'import' ? n.source.name : 'saved data'}: {n.source.path})
                  </span>
                )}
              </p>
              {n.backup && <BackupDownload backup={n.backup} />}
              <button type="button" className="quiet" onClick={() => onDismiss(n.id)}>
                Dismiss<span className="visually-hidden"> this notice</span>
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

function BackupDownload({ backup }: { backup: string }) {
  const store = useStore();
  const text = store.backupText(backup);
  if (text === undefined) return null;
  const stamp = backup.slice(BACKUP_PREFIX.length).replace(/[^0-9A-Za-z-]/g, '-');
  return (
    <button
      type="button"
      onClick={() => download(`casebook-replaced-${stamp}.json`, text, 'application/json')}
    >
      Download the replaced records
    </button>
  );
}
