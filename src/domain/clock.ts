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

/**
 * Formats an ISO date for a Vietnamese reader: 31/03/2024. Plain string work, since it
 * runs for every line of every answer and luxon's parsing would dominate reply time.
 */
export function formatDate(iso: string | null | undefined): string {
  if (!iso) return '';
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  return m ? `${m[3]}/${m[2]}/${m[1]}` : iso;
}
