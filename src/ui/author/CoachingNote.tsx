// A choice's coaching note as author mode shows it, beside the choice (the learner
// sees it only in the debrief, or at once in practice mode). In the reader (no run) every
// conditional block shows with its "when NAME" marker; in play-from-scene `conditions`
// are the run's values on arrival in the choice's scene, so the note reads as a learner
// on that run would read it.
import type { Character, Choice } from '../../contract';
import type { ConditionValues } from '../../engine';
import { Prose } from '../components/Prose';
import { useT } from '../i18n/use-t';
import '../../i18n/areas/author';

export function CoachingNote({
  choice,
  conditions,
  characters,
  lang,
}: {
  choice: Choice;
  conditions?: ConditionValues;
  characters?: Character[];
  /** The note's language, when not the page's. */
  lang?: string | undefined;
}) {
  const t = useT();
  if (choice.coaching.blocks.length === 0) return null;
  const prose = (
    <Prose blocks={choice.coaching.blocks} conditions={conditions} characters={characters} />
  );
  return (
    <div className="coaching">
      <p className="coaching-title">{t('author.coaching')}</p>
      {lang ? <div lang={lang}>{prose}</div> : prose}
    </div>
  );
}
