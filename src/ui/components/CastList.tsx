// Format v1.1 (views15): the briefing's "Who's who", so a learner meets the scenario's
// cast before the first scene: each character's name and role as text, and a portrait
// that is decorative (alt="") because the name beside it says who it is.
import { useId } from 'react';
import type { Character } from '../../contract';
import { useT } from '../i18n/use-t';
import '../../i18n/areas/briefing';

export function CastList({
  characters,
  lang,
}: {
  characters: readonly Character[] | undefined;
  /** The names' and roles' language when it is not the page's (issue 18). */
  lang?: string;
}) {
  const uid = useId();
  const t = useT();
  if (!characters || characters.length === 0) return null;
  return (
    <section className="cast" aria-labelledby={`${uid}cast-heading`}>
      <h2 id={`${uid}cast-heading`}>{t('briefing.cast')}</h2>
      <ul className="cast-list" lang={lang}>
        {characters.map((c) => (
          <li key={c.id} className={c.portrait ? 'cast-member with-portrait' : 'cast-member'}>
            {c.portrait && (
              <img
                className="portrait"
                src={c.portrait.src}
                width={c.portrait.width}
                height={c.portrait.height}
                alt=""
                decoding="async"
              />
            )}
            <span className="cast-name">{c.name}</span>
            {c.role && (
              <span className="cast-role">
                <span className="visually-hidden">, </span>
                {c.role}
              </span>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}
