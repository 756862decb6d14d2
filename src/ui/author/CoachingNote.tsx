// A choice's coaching note as author mode shows it, beside the choice (the learner
// sees it only in the debrief, or at once in practice mode).
import type { Choice } from '../../contract';
import { Prose } from '../components/Prose';
import { useT } from '../i18n/use-t';
import '../../i18n/areas/author';

export function CoachingNote({
  choice,
  lang,
}: {
  choice: Choice;
  /** The note's language, when not the page's. */ lang?: string | undefined;
}) {
  const t = useT();
  if (choice.coaching.blocks.length === 0) return null;
  return (
    <div className="coaching">
      <p className="coaching-title">{t('author.coaching')}</p>
      {lang ? (
        <div lang={lang}>
          <Prose blocks={choice.coaching.blocks} />
        </div>
      ) : (
        <Prose blocks={choice.coaching.blocks} />
      )}
    </div>
  );
}
