/** Home, the first screen: drawn into index.html at build time, so its English is on the first screen. */
import { namespace } from '../active';

export const home = {
  title: 'Aftercare',
  intro: "Your therapist's aftercare advice, on your phone: what to drink, when, and what comes next.",
  startNew: 'Start a new session',
  startFirst: 'Start after my massage',
  promiseWater: 'A water plan for the rest of today, with reminders.',
  promiseLog: 'One tap to log a glass; see which drinks count.',
  promisePrivate: 'No account. Your health data stays on this device.',
  forTherapists: 'For therapists: make a plan for a client',
};
export type HomeMessages = typeof home;
export const homeText = namespace('home', home);
