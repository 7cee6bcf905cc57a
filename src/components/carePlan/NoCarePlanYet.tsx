import { carePlanText } from '../../domain/i18n';
import { navigate } from '../../state/route';

/** What a care-plan screen says before any plan was accepted: what will appear here, and the way back. */
export function NoCarePlanYet({ id, title, text }: { id: string; title: string; text: string }) {
  return (
    <section aria-labelledby={id}>
      <h1 id={id} tabIndex={-1}>{title}</h1>
      <p>{text}</p>
      <button type="button" class="button" onClick={() => navigate('home')}>{carePlanText().backHome}</button>
    </section>
  );
}
