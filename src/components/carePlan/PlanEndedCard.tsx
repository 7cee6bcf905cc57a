import '../ui/shared.css';
import { carePlanText } from '../../domain/i18n';
import { NavLink } from '../ui/NavLink';

/** The end of the home exercises, said honestly (domain/exercises planSummary), with the way to tell the therapist. */
export function PlanEndedCard({ text }: { text: string }) {
  const t = carePlanText().ended;
  return (
    <div class="card plan-ended" role="status">
      <p><strong>{t.title}</strong> {text}</p>
      <NavLink to="progress" class="button button--primary">{t.send}</NavLink>
    </div>
  );
}
