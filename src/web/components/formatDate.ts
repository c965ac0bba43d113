const dateTime = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' });
const dateOnly = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium' });

export function formatDateTime(iso: string | null, fallback = '—'): string {
  return iso ? dateTime.format(new Date(iso)) : fallback;
}

/** Formats an ISO calendar date (YYYY-MM-DD) without shifting it across time zones. */
export function formatCalendarDate(isoDate: string | null, fallback = '—'): string {
  if (!isoDate) return fallback;
  const [year, month, day] = isoDate.split('-').map(Number);
  if (!year || !month || !day) return isoDate;
  return dateOnly.format(new Date(year, month - 1, day));
}
