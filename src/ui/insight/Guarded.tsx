/**
 * The one way the insight view shows a breakdown that may be hidden: its content, or the
 * privacy sentence (with its code as data, so tests and styles find it) and nothing else —
 * not even how many learners it would have rested on.
 */
import type { ReactNode } from 'react';
import '../../i18n/areas/insight';
import type { Guarded, Suppressed } from '../../insight/types';
import { useT } from '../i18n/use-t';

export function isSuppressed<T>(value: Guarded<T>): value is Suppressed {
  return (
    typeof value === 'object' &&
    value !== null &&
    'suppressed' in value &&
    (value as Suppressed).suppressed === true
  );
}

export function SuppressedNote() {
  const t = useT();
  return (
    <p className="insight-suppressed" data-code="fewer-than-min-learners">
      {t('insight.suppressed')}
    </p>
  );
}

export function Shown<T>({
  value,
  children,
}: {
  value: Guarded<T>;
  children: (v: T) => ReactNode;
}) {
  return isSuppressed(value) ? <SuppressedNote /> : <>{children(value)}</>;
}
