// Diagnostics as an author reads them in the terminal: where, how serious, what to do,
// and (where the page has the file's text, as in author mode) the line itself.
import type { ReactNode } from 'react';
import type { Diagnostic } from '../../contract';

export function DiagnosticList({
  diagnostics,
  sourceLine,
  action,
}: {
  diagnostics: Diagnostic[];
  /** The text of the line a diagnostic points at, when known. */
  sourceLine?: (d: Diagnostic) => string | undefined;
  /** Something to do about a diagnostic (author mode: show its scene on the map). */
  action?: (d: Diagnostic) => ReactNode;
}) {
  if (diagnostics.length === 0) return null;
  return (
    <ul className="diagnostics">
      {diagnostics.map((d, index) => {
        const line = sourceLine?.(d);
        return (
          <li key={`${index}:${d.code}`} className={`diagnostic ${d.severity}`}>
            <span className="severity">{d.severity === 'error' ? 'Error' : 'Warning'}</span>{' '}
            <code>
              {d.file}:{d.range.start.line}:{d.range.start.col}
            </code>{' '}
            {d.message} <span className="code">[{d.code}]</span> {action?.(d)}
            {line?.trim() && (
              <pre className="source-line">
                <code>
                  {d.range.start.line} | {line}
                </code>
              </pre>
            )}
          </li>
        );
      })}
    </ul>
  );
}
