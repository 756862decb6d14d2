// Diagnostics as an author reads them in the terminal: where, how serious, what to do,
// and (where the page has the file's text, as in author mode) the line itself; then
// any other place that is part of the cause (the guard that keeps runs out), as a note.
// The chrome is in the page's language, and so are the messages where the page compiled the
// course (author mode has the diagnostics catalog); elsewhere they read in English (lang="en").
import type { ReactNode } from 'react';
import type { Diagnostic, Range, Wording } from '../../contract';
import { wordingIfKnown } from '../../i18n';
import { useT } from '../i18n/use-t';

/** A diagnostic's (or a related place's) message, in the page's language when it can be. */
function Message({ message, wording }: { message: string; wording?: Wording }) {
  const shown = wording && wordingIfKnown(wording);
  return <span lang={shown?.lang ?? 'en'}>{shown?.text ?? message}</span>;
}

/** A place in the author's files. */
type At = { file: string; range: Range };

function SourceLine({ at, line }: { at: At; line: string | undefined }) {
  if (!line?.trim()) return null;
  return (
    <pre className="source-line">
      <code>
        {at.range.start.line} | {line}
      </code>
    </pre>
  );
}

const where = (at: At) => `${at.file}:${at.range.start.line}:${at.range.start.col}`;

export function DiagnosticList({
  diagnostics,
  sourceLine,
  action,
}: {
  diagnostics: Diagnostic[];
  /** The text of the line a diagnostic (or a related place) points at, when known. */
  sourceLine?: (at: At) => string | undefined;
  /** Something to do about a diagnostic (author mode: show its scene on the map). */
  action?: (d: Diagnostic) => ReactNode;
}) {
  const t = useT();
  if (diagnostics.length === 0) return null;
  return (
    <ul className="diagnostics">
      {diagnostics.map((d, index) => (
        <li key={`${index}:${d.code}`} className={`diagnostic ${d.severity}`}>
          <span className="severity">
            {t('errors.diagnostic.severity', { severity: d.severity })}
          </span>{' '}
          <code>{where(d)}</code> <Message message={d.message} wording={d.wording} />{' '}
          <span className="code">[{d.code}]</span> {action?.(d)}
          <SourceLine at={d} line={sourceLine?.(d)} />
          {d.related && d.related.length > 0 && (
            <ul className="related">
              {d.related.map((r, i) => (
                <li key={i}>
                  <span className="severity">{t('errors.diagnostic.note')}</span>{' '}
                  <code>{where(r)}</code> <Message message={r.message} wording={r.wording} />
                  <SourceLine at={r} line={sourceLine?.(r)} />
                </li>
              ))}
            </ul>
          )}
        </li>
      ))}
    </ul>
  );
}
