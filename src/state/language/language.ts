/**
 * Which language the screens speak (the signal only: choosing and loading live in languageSwitch.ts,
 * off the first screen). App reads it, so a switch re-renders every screen in place.
 */
import { signal } from '@preact/signals-core';
import type { DisplayLocale } from '../../domain/i18n';

/** The language the screens are drawn in. */
export const language = signal<DisplayLocale>('en');
