/**
 * Where an L&D lead says what to read: the LRS's endpoint, key and secret (a password
 * field, never autofilled; the page keeps neither in its state, its storage, the URL or
 * history, and empties both fields once the read has started), the period, the scenario
 * and a grouping to filter by; or, without an LRS, an LRS export file or learners' own
 * progress files. The form is uncontrolled: the values are read once, on submit.
 */
import { useId, useRef, type FormEvent } from 'react';
import type { CourseEntry } from '../../contract';
import type { InsightFilter } from '../../insight/types';
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
        <legend>What to include</legend>
        <div className="insight-fields">
          <label>
            Scenario
            <select name="scenario" defaultValue="">
              <option value="">Every scenario</option>
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
            From (UTC)
            <input type="date" name="since" />
          </label>
          <label>
            Until (UTC)
            <input type="date" name="until" />
          </label>
          <label>
            Grouping
            <input
              name="groupKey"
              list={`${ids}-keys`}
              placeholder="registration or an extension IRI"
            />
          </label>
          <datalist id={`${ids}-keys`}>
            {['registration', ...groupKeys.filter((k) => k !== 'registration')].map((k) => (
              <option key={k} value={k} />
            ))}
          </datalist>
          <label>
            Grouping value
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
        <legend>Read from a Learning Record Store</legend>
        <div className="insight-fields">
          <label>
            LRS endpoint
            <input
              type="url"
              name="endpoint"
              required
              placeholder="https://lrs.example.org/xapi/"
            />
          </label>
          <label>
            Key
            <input name="key" required autoComplete="off" spellCheck={false} />
          </label>
          <label>
            Secret
            <input type="password" name="secret" required autoComplete="off" />
          </label>
        </div>
        <p className="insight-hint">
          The key and secret are used for this read only: they are not saved, and the fields are
          emptied once it starts.
        </p>
        <div className="insight-actions">
          <button type="submit" disabled={reading}>
            Read the LRS
          </button>
          {reading && (
            <button type="button" onClick={onCancel}>
              Cancel
            </button>
          )}
        </div>
      </fieldset>
      <fieldset>
        <legend>Or, without an LRS</legend>
        <div className="insight-fields">
          <label>
            Open an LRS export file
            <input
              type="file"
              name="exportFile"
              accept=".json,application/json"
              disabled={reading}
              onChange={(e) => files('lrs-export')(e.currentTarget)}
            />
          </label>
          <label>
            Open learners&apos; progress files
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
