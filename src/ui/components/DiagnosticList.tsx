// Diagnostics as an author reads them in the terminal: where, how serious, what to do.
import type { Diagnostic } from '../../contract';

export function DiagnosticList({ diagnostics }: { diagnostics: Diagnostic[] }) {
  if (diagnostics.length === 0) return null;
  return (
    <ul className="diagnostics">
      {diagnostics.map((d, index) => (
        <li key={`${index}:${d.code}`} className={`diagnostic ${d.severity}`}>
          <span className="severity">{d.severity === 'error' ? 'Error' : 'Warning'}</span>{' '}
          <code>
            {d.file}:{d.range.start.line}:{d.range.start.col}
          </code>{' '}
          {d.message} <span className="code">[{d.code}]</span>
        </li>
      ))}
    </ul>
  );
}
