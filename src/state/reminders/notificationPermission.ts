import { signal } from '@preact/signals-core';
import { checkReminders } from './reminderRuntime';

export type PermissionState = NotificationPermission | 'unsupported' | 'needs-home-screen';

/** iPhone and iPad show web notifications only for an app opened from the Home Screen. */
export function needsHomeScreenFirst(nav: Navigator = navigator): boolean {
  const ios = /iPhone|iPad|iPod/.test(nav.userAgent) || (nav.platform === 'MacIntel' && nav.maxTouchPoints > 1);
  const standalone = matchMedia?.('(display-mode: standalone)').matches || (nav as Navigator & { standalone?: boolean }).standalone === true;
  return ios && !standalone;
}

function readPermission(): PermissionState {
  if (typeof navigator !== 'undefined' && needsHomeScreenFirst()) return 'needs-home-screen';
  if (typeof Notification === 'undefined') return 'unsupported';
  return Notification.permission;
}

export const notificationPermission = signal<PermissionState>(readPermission());

/** Asks for permission (only ever after the user's tap) and starts reminders when granted. */
export async function turnOnReminders(): Promise<PermissionState> {
  if (typeof Notification === 'undefined') return (notificationPermission.value = 'unsupported');
  const answer = await Notification.requestPermission();
  notificationPermission.value = answer;
  if (answer === 'granted') await checkReminders();
  return answer;
}

/** Permission can change in the browser's settings while the app is in the background. */
export function refreshPermission(): void {
  notificationPermission.value = readPermission();
}
