// The diagnosis and the recommended training path, with the one or two things to work
// on and the reasons behind the path.
import { useId } from 'react';
import type { Diagnosis, PatternSeen, Recommendation } from '../../debrief';
import { PATTERN_WORDS } from '../../debrief';

export function DiagnosisPanel({
  diagnosis,
  recommendation,
  patterns,
}: {
  diagnosis: Diagnosis;
  recommendation: Recommendation;
  patterns: PatternSeen[];
}) {
  const uid = useId();
  return (
    <section className="diagnosis" aria-labelledby={`${uid}diagnosis-heading`}>
      <h2 id={`${uid}diagnosis-heading`}>{diagnosis.title}</h2>
      <p>{diagnosis.summary}</p>
      {diagnosis.risk && (
        <p className="risk">
          <strong>The risk:</strong> {diagnosis.risk}
        </p>
      )}
      {patterns.length > 0 && (
        <>
          <h3>Failure patterns this run showed</h3>
          <ul>
            {patterns.map((p) => (
              <li key={p.pattern}>
                {PATTERN_WORDS[p.pattern].label}: a {p.side} gap (decision
                {p.decisions.length === 1 ? '' : 's'} {p.decisions.map((i) => i + 1).join(', ')})
              </li>
            ))}
          </ul>
        </>
      )}
      <h3>Recommended path: {recommendation.title}</h3>
      <p className="work-on">Work on next:</p>
      <ul>
        {recommendation.focus.map((f) => (
          <li key={f}>{f}</li>
        ))}
      </ul>
      <details open>
        <summary>Why this path</summary>
        <ul>
          {recommendation.reasons.map((r) => (
            <li key={r}>{r}</li>
          ))}
        </ul>
      </details>
    </section>
  );
}
