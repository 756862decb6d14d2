// What a cmi5 session tells the learner (src/delivery/cmi5): notices about the launch and
// the learning record store, and the link back to the course once the session has ended.
// Only a cmi5 package renders it, in its own small root beside the app.
import { useSyncExternalStore } from 'react';
import type { Cmi5Status as Status } from '../delivery/cmi5';

const LABEL = { info: 'Note', warning: 'Warning', error: 'Problem' } as const;

export interface StatusSource {
  subscribe: (listener: () => void) => () => void;
  getSnapshot: () => Status;
  dismiss: (id: string) => void;
}

export function Cmi5Status({ session }: { session: StatusSource }) {
  const status = useSyncExternalStore(session.subscribe, session.getSnapshot);
  return (
    <section className="notices cmi5" aria-label="Your learning system" aria-live="polite">
      {status.notices.length > 0 && (
        <ul>
          {status.notices.map((n) => (
            <li key={n.id} className={`notice ${n.severity}`} data-code={n.code}>
              <p>
                <strong>{LABEL[n.severity]}:</strong> {n.message}
              </p>
              <button type="button" className="quiet" onClick={() => session.dismiss(n.id)}>
                Dismiss<span className="visually-hidden"> this notice</span>
              </button>
            </li>
          ))}
        </ul>
      )}
      {status.returnUrl && (
        <p className="return">
          Your learning system has recorded this session.{' '}
          <a href={status.returnUrl}>Return to course</a>
        </p>
      )}
    </section>
  );
}
