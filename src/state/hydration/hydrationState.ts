import { computed } from '@preact/signals-core';
import { nextReminder } from '../../domain/hydration';
import { countedGlasses } from '../../domain/hydration';
import { activeSession, drinks, now } from './hydrationSignals';

export { activeSession, drinks, loaded, now, planIsCurrent, settings } from './hydrationSignals';

export const glassesCounted = computed(() => {
  const session = activeSession.value;
  return session ? countedGlasses(drinks.value, session.glassMl) : 0;
});

export const upcomingReminder = computed(() => {
  const session = activeSession.value;
  return session ? nextReminder(session.plan, glassesCounted.value, now.value) : undefined;
});
