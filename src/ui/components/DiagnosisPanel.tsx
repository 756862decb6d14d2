// The diagnosis and the recommended training path: the reading, the rule that settled it
// and the evidence lines naming the decisions behind it (each number a link to that
// decision in the list), the one or two things to work on, and the reasons for the path.
import { useId, type MouseEvent, type ReactNode } from 'react';
import type { Diagnosis, Evidence, PatternSeen, Recommendation } from '../../debrief';
import { patternLabel } from '../../debrief';
import { useT } from '../i18n/use-t';
import '../../i18n/areas/debrief';

/** Where decision `index` (0-based) is on the page, for links to it. */
type DecisionId = (index: number) => string;

/** "decisions 1, 2 and 4", in English or German (the evidence is in the debrief's language). */
const NAMED = /\b(decisions?|Entscheidung(?:en)?) (\d+(?:, \d+)*(?: (?:and|und) \d+)?)/gi;
/** The separators of such a list, kept as the sentence wrote them. */
const SEPARATOR = /(, | and | und )/;

function goTo(event: MouseEvent<HTMLAnchorElement>, id: string) {
  // Hash routes own the address bar: move focus to the decision instead of navigating.
  // The decisions may sit in a collapsed <details>: open it first, or focus goes nowhere.
  event.preventDefault();
  const target = document.getElementById(id);
  const details = target?.closest('details');
  if (details) details.open = true;
  target?.focus();
}

function DecisionLink({
  id,
  label,
  children,
}: {
  id: string;
  label?: string;
  children: ReactNode;
}) {
  return (
    <a href={`#${id}`} className="decision-link" aria-label={label} onClick={(e) => goTo(e, id)}>
      {children}
    </a>
  );
}

/** An evidence line with each decision number it names turned into a link to that decision. */
function EvidenceText({ line, decisionId }: { line: Evidence; decisionId?: DecisionId }) {
  const t = useT();
  if (!decisionId) return <>{line.text}</>;
  const parts: ReactNode[] = [];
  let last = 0;
  for (const match of line.text.matchAll(NAMED)) {
    const [whole, word = '', list = ''] = match;
    parts.push(line.text.slice(last, match.index));
    const pieces = list.split(SEPARATOR);
    const numbers = pieces.filter((_, i) => i % 2 === 0).map(Number);
    if (numbers.length === 1) {
      const n = numbers[0] ?? 0;
      parts.push(
        <DecisionLink key={match.index} id={decisionId(n - 1)}>
          {word} {n}
        </DecisionLink>,
      );
    } else {
      parts.push(`${word} `);
      numbers.forEach((n, i) => {
        if (i > 0) parts.push(pieces[2 * i - 1] ?? ', ');
        parts.push(
          <DecisionLink
            key={`${match.index}-${n}`}
            id={decisionId(n - 1)}
            label={t('debrief.page.decisionLink', { number: n })}
          >
            {n}
          </DecisionLink>,
        );
      });
    }
    last = (match.index ?? 0) + whole.length;
  }
  parts.push(line.text.slice(last));
  return <>{parts}</>;
}

export function DiagnosisPanel({
  diagnosis,
  recommendation,
  patterns,
  decisionId,
}: {
  diagnosis: Diagnosis;
  recommendation: Recommendation;
  patterns: PatternSeen[];
  /** Given, decision numbers in the evidence link to the decisions with these ids. */
  decisionId?: DecisionId;
}) {
  const uid = useId();
  const t = useT();
  const evidence = diagnosis.evidence ?? [];
  return (
    <section className="diagnosis" aria-labelledby={`${uid}diagnosis-heading`}>
      <h2 id={`${uid}diagnosis-heading`}>{diagnosis.title}</h2>
      {evidence.length > 0 ? (
        <>
          {diagnosis.basis && <p className="reading-rule">{diagnosis.basis.rule}</p>}
          <h3>{t('debrief.page.showed')}</h3>
          <ul className="evidence">
            {evidence.map((line) => (
              <li key={line.text} className={`evidence-${line.kind}`}>
                <EvidenceText line={line} decisionId={decisionId} />
              </li>
            ))}
          </ul>
        </>
      ) : (
        <p>{diagnosis.summary}</p>
      )}
      {diagnosis.risk && (
        <p className="risk">
          <strong>{t('debrief.page.risk')}</strong> {diagnosis.risk}
        </p>
      )}
      {patterns.length > 0 && (
        <>
          <h3>{t('debrief.page.patterns')}</h3>
          <ul>
            {patterns.map((p) => (
              <li key={p.pattern}>
                {t('debrief.page.pattern', {
                  pattern: patternLabel(p.pattern),
                  side: p.side,
                  count: p.decisions.length,
                  list: p.decisions.map((i) => i + 1).join(', '),
                })}
              </li>
            ))}
          </ul>
        </>
      )}
      <h3>{t('debrief.page.path', { title: recommendation.title })}</h3>
      <p className="work-on">{t('debrief.page.workOn')}</p>
      <ul>
        {recommendation.focus.map((f) => (
          <li key={f}>{f}</li>
        ))}
      </ul>
      <details open>
        <summary>{t('debrief.page.whyPath')}</summary>
        <ul>
          {recommendation.reasons.map((r) => (
            <li key={r}>{r}</li>
          ))}
        </ul>
      </details>
    </section>
  );
}
