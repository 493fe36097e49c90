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

/** A clock that stands still until moved: tests expire buttons and prune tables with it. */
export interface ManualClock extends Clock {
  set(iso: string): void;
  advance(ms: number): void;
}

export function manualClock(iso: string, zone: string = VN_ZONE): ManualClock {
  let at = fixedClock(iso, zone).now();
  return {
    now: () => at,
    set: (next) => void (at = fixedClock(next, zone).now()),
    advance: (ms) => void (at = at.plus({ milliseconds: ms })),
  };
}

/** Milliseconds since the epoch, for tables that store instants as numbers. */
export const epochMs = (clock: Clock): number => clock.now().toMillis();

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

/**
 * "YYYY-MM-DD" for a calendar date, or null when there is no such day (31/02, 29/02/2023). A date
 * has no time of day, hence no zone: checked by arithmetic, which is far cheaper than luxon's zone
 * lookups over a sheet of 100,000 rows.
 */
export function calendarDate(year: number, month: number, day: number): string | null {
  if (!Number.isInteger(year) || !Number.isInteger(month) || !Number.isInteger(day)) return null;
  if (year < 1 || year > 9999 || month < 1 || month > 12 || day < 1) return null;
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  const days = month === 2 ? (leap ? 29 : 28) : [4, 6, 9, 11].includes(month) ? 30 : 31;
  if (day > days) return null;
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}
