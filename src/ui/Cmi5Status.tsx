// What a cmi5 session tells the learner (src/delivery/cmi5): notices about the launch and
// the learning record store, and the link back to the course once the session has ended.
// Only a cmi5 package renders it, in its own small root beside the app. Its words are the
// `delivery` area's, and each notice is worded again as it renders, so the region follows
// a change of language.
import { useSyncExternalStore } from 'react';
import type { Cmi5Status as Status } from '../delivery/cmi5';
import '../i18n/areas/delivery';
import { noticeMessage } from '../progress';
import { Rich } from './i18n/Rich';
import { useT } from './i18n/use-t';

export interface StatusSource {
  subscribe: (listener: () => void) => () => void;
  getSnapshot: () => Status;
  dismiss: (id: string) => void;
}

export function Cmi5Status({ session }: { session: StatusSource }) {
  const status = useSyncExternalStore(session.subscribe, session.getSnapshot);
  const t = useT();
  return (
    <section className="notices cmi5" aria-label={t('delivery.status.region')} aria-live="polite">
      {status.notices.length > 0 && (
        <ul>
          {status.notices.map((n) => (
            <li key={n.id} className={`notice ${n.severity}`} data-code={n.code}>
              <p>
                <strong>{t('app.notice.severity', { severity: n.severity })}</strong>{' '}
                {noticeMessage(n)}
              </p>
              <button type="button" className="quiet" onClick={() => session.dismiss(n.id)}>
                <Rich id="app.notice.dismiss" parts={[<span className="visually-hidden" />]} />
              </button>
            </li>
          ))}
        </ul>
      )}
      {status.returnUrl && (
        <p className="return">
          {t('delivery.status.recorded')}{' '}
          <a href={status.returnUrl}>{t('delivery.status.return')}</a>
        </p>
      )}
    </section>
  );
}
