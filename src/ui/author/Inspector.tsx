// The inspector of author mode's player: the run's metrics and flags as they are
// now, and the history the scenario's `visited` and `chose` guards read, each one
// editable. A change takes effect at once: the run carries on from the
// scene it is in with the new values, so an author can try "what if trust were 3
// here?" without playing back to it.
import { useId } from 'react';
import type { CompiledScenario } from '../../contract';
import { historyRead, type RunContext, type SceneUsage } from '../../engine';
import { own } from '../own';
import { rangeLabel } from './counts';
import { useT } from '../i18n/use-t';
import { useScenarioLang } from '../i18n/scenario-words';
import '../../i18n/areas/author';

export function Inspector({
  scenario,
  context,
  arrival,
  onChange,
  disabled,
}: {
  scenario: CompiledScenario;
  context: RunContext;
  /** What runs arrive at the current scene with, from the analysis (a hint beside each value). */
  arrival: SceneUsage | undefined;
  onChange: (context: RunContext) => void;
  disabled: boolean;
}) {
  const t = useT();
  const words = useScenarioLang(scenario);
  const uid = useId();
  const setMetric = (id: string, text: string) => {
    const value = Number(text);
    if (text.trim() === '' || !Number.isFinite(value)) return;
    onChange({ ...context, metrics: { ...context.metrics, [id]: value } });
  };
  const setFlag = (id: string, value: boolean) =>
    onChange({ ...context, flags: { ...context.flags, [id]: value } });
  const history = historyRead(scenario);
  const setHistory = (kind: 'visited' | 'chose', id: string, value: boolean) =>
    onChange({
      ...context,
      [kind]: value ? [...context[kind], id] : context[kind].filter((x) => x !== id),
    });
  return (
    <fieldset className="inspector" disabled={disabled}>
      <legend>{t('author.inspector.legend')}</legend>
      {scenario.metrics.length + scenario.flags.length === 0 && (
        <p className="hint">{t('author.inspector.none')}</p>
      )}
      {scenario.metrics.map((m) => {
        const range = own(arrival?.metrics, m.id);
        return (
          <div key={m.id} className="inspector-row">
            <label htmlFor={`${uid}-metric-${m.id}`} {...words}>
              {m.label}
            </label>
            <input
              id={`${uid}-metric-${m.id}`}
              type="number"
              step="any"
              value={own(context.metrics, m.id) ?? m.initial}
              onChange={(e) => setMetric(m.id, e.target.value)}
              aria-describedby={range ? `${uid}-metric-${m.id}-hint` : undefined}
            />
            {range && (
              <span id={`${uid}-metric-${m.id}-hint`} className="hint">
                {t('author.inspector.arrive', { range: rangeLabel(range) })}
              </span>
            )}
          </div>
        );
      })}
      {scenario.flags.map((f) => (
        <div key={f.id} className="inspector-row">
          <input
            id={`${uid}-flag-${f.id}`}
            type="checkbox"
            checked={own(context.flags, f.id) ?? f.initial}
            onChange={(e) => setFlag(f.id, e.target.checked)}
          />
          <label htmlFor={`${uid}-flag-${f.id}`}>{f.id}</label>
          {own(arrival?.flags, f.id) && (
            <span className="hint">
              {t('author.inspector.onArrival', { when: own(arrival?.flags, f.id) })}
            </span>
          )}
        </div>
      ))}
      {(history.visited.length > 0 || history.chose.length > 0) && (
        <fieldset className="inspector-history">
          <legend>{t('author.inspector.history')}</legend>
          {history.visited.map((state) => (
            <div key={`v:${state}`} className="inspector-row">
              <input
                id={`${uid}-visited-${state}`}
                type="checkbox"
                checked={context.visited.includes(state)}
                onChange={(e) => setHistory('visited', state, e.target.checked)}
              />
              <label htmlFor={`${uid}-visited-${state}`}>
                {t('author.inspector.visited', { state })}
              </label>
            </div>
          ))}
          {history.chose.map((event) => (
            <div key={`c:${event}`} className="inspector-row">
              <input
                id={`${uid}-chose-${event}`}
                type="checkbox"
                checked={context.chose.includes(event)}
                onChange={(e) => setHistory('chose', event, e.target.checked)}
              />
              <label htmlFor={`${uid}-chose-${event}`}>
                {t('author.inspector.chose', { event })}
              </label>
            </div>
          ))}
        </fieldset>
      )}
    </fieldset>
  );
}
