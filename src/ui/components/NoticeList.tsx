// Notices about the learner's saved progress (corrupt data recovered, storage full,
// a run kept read-only after a scenario changed): what happened and what was kept. A
// notice about a backup an import made offers it as a file, which imports back.
import { BACKUP_PREFIX, noticeMessage, type Notice } from '../../progress';
import { download } from '../download';
import { Rich } from '../i18n/Rich';
import { useT } from '../i18n/use-t';
import { useStore } from '../store';

export function NoticeList({
  notices,
  onDismiss,
}: {
  notices: Notice[];
  onDismiss: (id: string) => void;
}) {
  const t = useT();
  return (
    <section className="notices" aria-label={t('app.notices.label')} aria-live="polite">
      {notices.length > 0 && (
        <ul>
          {notices.map((n) => (
            <li key={n.id} className={`notice ${n.severity}`}>
              <p>
                <strong>{t('app.notice.severity', { severity: n.severity })}</strong>{' '}
                {noticeMessage(n)}
                {n.source.path && (
                  <span className="where">
                    {' '}
                    {n.source.kind === 'import'
                      ? t('app.notice.whereImport', { name: n.source.name, path: n.source.path })
                      : t('app.notice.whereSaved', { path: n.source.path })}
                  </span>
                )}
              </p>
              {n.backup && <BackupDownload backup={n.backup} />}
              <button type="button" className="quiet" onClick={() => onDismiss(n.id)}>
                <Rich id="app.notice.dismiss" parts={[<span className="visually-hidden" />]} />
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
  const t = useT();
  const text = store.backupText(backup);
  if (text === undefined) return null;
  const stamp = backup.slice(BACKUP_PREFIX.length).replace(/[^0-9A-Za-z-]/g, '-');
  return (
    <button
      type="button"
      onClick={() => download(`casebook-replaced-${stamp}.json`, text, 'application/json')}
    >
      {t('app.notice.downloadBackup')}
    </button>
  );
}
