import { cleanup, render, screen, within } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { ExerciseCard } from '../../../../src/components/carePlan/ExerciseCard';
import { CarePlanPreview } from '../../../../src/components/carePlan/CarePlanPreview';
import { ExerciseFigure } from '../../../../src/components/exercises/ExerciseFigure';
import { ExercisePicker } from '../../../../src/components/therapist/ExercisePicker';
import { PrintHandout } from '../../../../src/components/therapist/PrintHandout';
import { EXERCISE_LIBRARY, findLibraryExercise } from '../../../../src/domain/exercises/exerciseLibrary';
import { samplePlan } from '../../../fixtures/carePlanFigures';
import { figureAlt } from '../../../../src/domain/exercises/figures';
import { loadCatalogue, useCatalogue } from '../../../../src/domain/i18n';

afterEach(cleanup);

const altOf = (id: string) => figureAlt({ id });

describe('ExerciseFigure', () => {
  it('renders the moving figure and the two stills, each as one image with the alt text', () => {
    const { container } = render(<ExerciseFigure exercise={{ id: 'calf-stretch' }} />);
    const images = screen.getAllByRole('img', { name: altOf('calf-stretch') });
    expect(images.map((image) => image.className)).toEqual(['exercise-figure__motion', 'exercise-figure__stills']);
    const [moving, stills] = images as [HTMLElement, HTMLElement];
    // CSS shows one of the two: the loop, or (reduced motion, print) the stills with an arrow.
    expect(moving.querySelectorAll('animate[attributeName="d"][repeatCount="indefinite"]').length).toBeGreaterThan(0);
    expect(stills.querySelectorAll('svg')).toHaveLength(3);
    expect(stills.querySelector('animate')).toBeNull();
    for (const svg of container.querySelectorAll('svg')) expect(svg.getAttribute('aria-hidden')).toBe('true');
    // The CSP allows no inline style: nothing in the figure may carry one.
    expect(container.querySelector('[style], style')).toBeNull();
    expect(container.querySelector('.fig-hl')).not.toBeNull();
  });

  it('renders only the stills when asked, with nothing animated', () => {
    const { container } = render(<ExerciseFigure exercise={{ id: 'cat-cow' }} still />);
    expect(container.querySelector('.exercise-figure--still')).not.toBeNull();
    expect(screen.getAllByRole('img')).toHaveLength(1);
    expect(container.querySelector('.exercise-figure__motion, animate')).toBeNull();
  });

  it('describes the figure in the active language', async () => {
    useCatalogue('es', await loadCatalogue('es'));
    render(<ExerciseFigure exercise={{ id: 'calf-stretch' }} />);
    const [moving] = screen.getAllByRole('img');
    expect(moving!.getAttribute('aria-label')).toMatch(/^De cara a una pared, .* Zona resaltada: la pantorrilla de la pierna de atrás\.$/);
  });

  it('shows a borrowed figure for a custom exercise, and nothing for one without', () => {
    render(<ExerciseFigure exercise={{ id: 'custom-1', figure: 'glute-bridge' }} />);
    expect(screen.getAllByRole('img', { name: altOf('glute-bridge') })).toHaveLength(2);
    cleanup();
    const { container } = render(<ExerciseFigure exercise={{ id: 'custom-1' }} />);
    expect(container.innerHTML).toBe('');
  });
});

describe('where figures are shown', () => {
  const plan = samplePlan(3, Date.now());

  it("on the client's exercise card", () => {
    const exercise = findLibraryExercise('hamstring-stretch')!;
    render(<ExerciseCard item={{ exercise, dayNumber: 1, lastDate: '2026-06-01', setsExpected: 4 }} carePlanId="plan-1" today="2026-05-12" checks={[]} />);
    expect(within(screen.getByRole('article')).getAllByRole('img', { name: altOf('hamstring-stretch') })).toHaveLength(2);
  });

  it('in the plan preview before Accept, one per exercise', () => {
    render(<CarePlanPreview plan={plan} />);
    for (const exercise of plan.exercises) expect(screen.getAllByRole('img', { name: altOf(exercise.id) })).toHaveLength(2);
  });

  it("in the therapist's picker, as stills for every library exercise", () => {
    const { container } = render(<ExercisePicker selectedIds={[]} onToggle={() => {}} />);
    expect(container.querySelectorAll('.exercise-figure--still')).toHaveLength(EXERCISE_LIBRARY.length);
    expect(container.querySelector('animate')).toBeNull();
  });

  it('on the printed handout, as stills', () => {
    const { container } = render(<PrintHandout plan={plan} />);
    expect(container.querySelectorAll('.handout__exercise .exercise-figure--still')).toHaveLength(plan.exercises.length);
    expect(container.querySelector('animate')).toBeNull();
  });
});
