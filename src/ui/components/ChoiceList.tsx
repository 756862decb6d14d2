// The choices of a scene as a numbered list of buttons. Tab and Enter work as
// anywhere; the number keys 1–9 pick a choice directly (announced in the hint).
import { useId, useLayoutEffect } from 'react';
import type { Choice } from '../../contract';
import { useT } from '../i18n/use-t';
import { ChoiceLabel } from './ChoiceLabel';
import '../../i18n/areas/play';

export function ChoiceList({
  choices,
  onChoose,
  disabled,
  lang,
}: {
  choices: Choice[];
  onChoose: (event: string) => void;
  disabled?: boolean;
  /** The labels' language when it is not the page's (issue 18). */
  lang?: string;
}) {
  const uid = useId();
  const t = useT();
  // A layout effect: the keys listen from the commit that shows the scene, the one in which
  // its heading takes the focus, so a key pressed as soon as the scene is there is heard
  // (an effect runs after the paint, later still under Preact).
  useLayoutEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (disabled || e.altKey || e.ctrlKey || e.metaKey || e.repeat) return;
      const target = e.target as HTMLElement | null;
      if (target && /^(INPUT|SELECT|TEXTAREA)$/.test(target.tagName)) return;
      const n = Number(e.key);
      const choice = Number.isInteger(n) && n >= 1 ? choices[n - 1] : undefined;
      if (!choice) return;
      e.preventDefault();
      onChoose(choice.event);
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [choices, onChoose, disabled]);
  return (
    <section className="choices" aria-labelledby={`${uid}choices-heading`}>
      <h2 id={`${uid}choices-heading`}>{t('play.choices.heading')}</h2>
      <p className="hint" id={`${uid}choices-hint`}>
        {t('play.choices.hint', { last: Math.min(9, choices.length) })}
      </p>
      <ol>
        {choices.map((choice, i) => (
          <li key={choice.event}>
            <button
              type="button"
              className="choice"
              onClick={() => onChoose(choice.event)}
              disabled={disabled}
              aria-describedby={i === 0 ? `${uid}choices-hint` : undefined}
            >
              <span className="key" aria-hidden="true">
                {i + 1}
              </span>
              <span className="label" lang={lang}>
                <ChoiceLabel inlines={choice.labelInline} />
              </span>
            </button>
          </li>
        ))}
      </ol>
    </section>
  );
}
