import { DateTime } from 'luxon';

export const VN_ZONE = 'Asia/Ho_Chi_Minh';

/** The time source, passed in so that tests and `dondoc remind --at` can fix "now". */
export interface Clock {
  now(): DateTime;
}

export function systemClock(zone: string = VN_ZONE): Clock {
  return { now: () => DateTime.now().setZone(zone) };
}

export function fixedClock(iso: string, zone: string = VN_ZONE): Clock {
  const at = DateTime.fromISO(iso, { zone });
  if (!at.isValid) throw new Error(`Invalid instant: ${iso}`);
  return { now: () => at };
}

/** A calendar date as ISO "YYYY-MM-DD" in the plan's zone, or null. */
export function toIsoDate(date: DateTime): string {
  return date.toISODate() ?? '';
}

/** Formats an ISO date for a Vietnamese reader: 31/03/2024. */
export function formatDate(iso: string | null | undefined): string {
  if (!iso) return '';
  const d = DateTime.fromISO(iso, { zone: VN_ZONE });
  return d.isValid ? d.toFormat('dd/MM/yyyy') : iso;
}
