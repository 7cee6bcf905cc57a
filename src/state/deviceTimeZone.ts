/** The phone's IANA time zone, read fresh each time: travellers change zones while a plan runs. */
export function deviceTimeZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone;
}
