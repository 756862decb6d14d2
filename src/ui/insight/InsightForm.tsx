/**
 * Where an L&D lead says what to read: the LRS's endpoint, key and secret (a password
 * field, never autofilled; the page keeps neither in its state, its storage, the URL or
 * history, and empties both fields once the read has started), the period, the scenario
 * and a grouping to filter by; or, without an LRS, an LRS export file or learners' own
 * progress files. The form is uncontrolled: the values are read once, on submit.
 */
import { useId, useRef, type FormEvent } from 'react';
import type { CourseEntry } from '../../contract';
import '../../i18n/areas/insight';
import type { InsightFilter } from '../../insight/types';
import { useT } from '../i18n/use-t';
import type { PickedSource } from './protocol';

export function InsightForm({
  scenarios,
  groupings,
  reading,
  onRead,
  onCancel,
}: {
  scenarios: CourseEntry[];
  /** Groupings the last read saw, offered as suggestions. */
  groupings: { key: string; values: string[] }[];
  reading: boolean;
  onRead: (source: PickedSource, filter: InsightFilter) => void;
  onCancel: () => void;
}) {
  const t = useT();
  const form = useRef<HTMLFormElement>(null);
  const ids = useId();
  const field = (name: string) =>
    form.current?.elements.namedItem(name) as HTMLInputElement | HTMLSelectElement | null;
  const value = (name: string) => field(name)?.value.trim() ?? '';

  const filter = (): InsightFilter => {
    const since = value('since');
    const until = value('until');
    const scenario = value('scenario');
    const key = value('groupKey');
    const groupValue = value('groupValue');
    return {
      ...(scenario ? { scenario } : {}),
      ...(since ? { since: `${since}T00:00:00.000Z` } : {}),
      ...(until ? { until: `${until}T23:59:59.999Z` } : {}),
      ...(key && groupValue ? { group: { key, value: groupValue } } : {}),
    };
  };

  const read = (source: PickedSource) => onRead(source, filter());

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const source: PickedSource = {
      kind: 'lrs',
      endpoint: value('endpoint'),
      key: value('key'),
      secret: field('secret')?.value ?? '',
    };
    // The credentials live on only in the request just made.
    for (const name of ['key', 'secret']) {
      const input = field(name);
      if (input) input.value = '';
    }
    read(source);
  };

  const files = (kind: 'lrs-export' | 'progress-files') => (input: HTMLInputElement) => {
    const chosen = [...(input.files ?? [])];
    input.value = '';
    if (chosen.length > 0) read({ kind, files: chosen });
  };

  const groupKeys = groupings.map((g) => g.key);
  return (
    <form ref={form} className="insight-form" onSubmit={submit} autoComplete="off">
      <fieldset>
        <legend>{t('insight.form.include')}</legend>
        <div className="insight-fields">
          <label>
            {t('insight.form.scenario')}
            <select name="scenario" defaultValue="">
              <option value="">{t('insight.form.everyScenario')}</option>
              {scenarios.flatMap((s) =>
                s.card
                  ? [
                      <option key={s.card.id} value={s.card.id}>
                        {s.card.title}
                      </option>,
                    ]
                  : [],
              )}
            </select>
          </label>
          <label>
            {t('insight.form.since')}
            <input type="date" name="since" />
          </label>
          <label>
            {t('insight.form.until')}
            <input type="date" name="until" />
          </label>
          <label>
            {t('insight.form.grouping')}
            <input
              name="groupKey"
              list={`${ids}-keys`}
              placeholder={t('insight.form.groupingHint')}
            />
          </label>
          <datalist id={`${ids}-keys`}>
            {['registration', ...groupKeys.filter((k) => k !== 'registration')].map((k) => (
              <option key={k} value={k} />
            ))}
          </datalist>
          <label>
            {t('insight.form.groupingValue')}
            <input name="groupValue" list={`${ids}-values`} />
          </label>
          <datalist id={`${ids}-values`}>
            {groupings.flatMap((g) =>
              g.values.map((v) => <option key={`${g.key} ${v}`} value={v} />),
            )}
          </datalist>
        </div>
      </fieldset>
      <fieldset>
        <legend>{t('insight.form.lrs')}</legend>
        <div className="insight-fields">
          <label>
            {t('insight.form.endpoint')}
            <input
              type="url"
              name="endpoint"
              required
              placeholder="https://lrs.example.org/xapi/"
            />
          </label>
          <label>
            {t('insight.form.key')}
            <input name="key" required autoComplete="off" spellCheck={false} />
          </label>
          <label>
            {t('insight.form.secret')}
            <input type="password" name="secret" required autoComplete="off" />
          </label>
        </div>
        <p className="insight-hint">{t('insight.form.credentials')}</p>
        <div className="insight-actions">
          <button type="submit" disabled={reading}>
            {t('insight.form.read')}
          </button>
          {reading && (
            <button type="button" onClick={onCancel}>
              {t('insight.form.cancel')}
            </button>
          )}
        </div>
      </fieldset>
      <fieldset>
        <legend>{t('insight.form.withoutLrs')}</legend>
        <div className="insight-fields">
          <label>
            {t('insight.form.exportFile')}
            <input
              type="file"
              name="exportFile"
              accept=".json,application/json"
              disabled={reading}
              onChange={(e) => files('lrs-export')(e.currentTarget)}
            />
          </label>
          <label>
            {t('insight.form.progressFiles')}
            <input
              type="file"
              name="progressFiles"
              accept=".json,application/json"
              multiple
              disabled={reading}
              onChange={(e) => files('progress-files')(e.currentTarget)}
            />
          </label>
        </div>
      </fieldset>
    </form>
  );
}
