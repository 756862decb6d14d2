// Diagnostics as an author reads them in the terminal: where, how serious, what to do,
// and (where the page has the file's text, as in author mode) the line itself; then
// any other place that is part of the cause (the guard that keeps runs out), as a note.
// The chrome is in the learner's language; the messages are the checker's, in English (lang="en").
import type { ReactNode } from 'react';
import type { Diagnostic, Range } from '../../contract';
import { useT } from '../i18n/use-t';

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
          <code>{where(d)}</code> <span lang="en">{d.message}</span>{' '}
          <span className="code">[{d.code}]</span> {action?.(d)}
          <SourceLine at={d} line={sourceLine?.(d)} />
          {d.related && d.related.length > 0 && (
            <ul className="related">
              {d.related.map((r, i) => (
                <li key={i}>
                  <span className="severity">{t('errors.diagnostic.note')}</span>{' '}
                  <code>{where(r)}</code> <span lang="en">{r.message}</span>
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
