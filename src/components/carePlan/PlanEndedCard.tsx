import '../ui/shared.css';
import { NavLink } from '../ui/NavLink';

/** The end of the home exercises, said honestly (domain/exercises planSummary), with the way to tell the therapist. */
export function PlanEndedCard({ text }: { text: string }) {
  return (
    <div class="card plan-ended" role="status">
      <p><strong>The home exercises of this plan have ended.</strong> {text}</p>
      <NavLink to="progress" class="button button--primary">Send my progress to my therapist</NavLink>
    </div>
  );
}
