// Notices about the learner's saved progress (corrupt data recovered, storage full,
// a run kept read-only after a scenario changed): what happened and what was kept.
import type { Notice } from '../../progress';

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
