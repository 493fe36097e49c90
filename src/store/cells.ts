import { DateTime } from 'luxon';
import { calendarDate, VN_ZONE } from '#src/domain/clock.js';

/**
 * Cell formats shared by every sheet backend. Dates are written as dd/MM/yyyy because
 * that is how a Vietnamese coordinator reads and types them; reading also accepts
 * ISO dates and Google's serial day numbers, since a coordinator may format the column.
 */
export function dateToCell(iso: string | null): string {
  if (!iso) return '';
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (m && calendarDate(Number(m[1]), Number(m[2]), Number(m[3])) === iso) return `${m[3]}/${m[2]}/${m[1]}`;
  const date = DateTime.fromISO(iso, { zone: VN_ZONE });
  return date.isValid ? date.toFormat('dd/MM/yyyy') : iso;
}

/** Parses a date cell; '' → null; undefined when the text is not a date. */
export function cellToDate(cell: string): string | null | undefined {
  const text = cell.trim();
  if (text === '') return null;
  let m = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(text);
  if (m) return calendarDate(Number(m[3]), Number(m[2]), Number(m[1])) ?? undefined;
  m = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ].*)?$/.exec(text);
  if (m) return calendarDate(Number(m[1]), Number(m[2]), Number(m[3])) ?? undefined;
  if (/^\d{5}(\.\d+)?$/.test(text)) {
    // Google Sheets serial date: days since 1899-12-30.
    const date = DateTime.fromISO('1899-12-30', { zone: 'UTC' }).plus({ days: Math.floor(Number(text)) });
    return date.toISODate() ?? undefined;
  }
  return undefined;
}

export function dateTimeToCell(at: DateTime): string {
  return at.setZone(VN_ZONE).toFormat('dd/MM/yyyy HH:mm');
}

/** Several names in one cell, one per line or separated by ";". */
export function listToCell(items: readonly string[]): string {
  return items.join('; ');
}

export function cellToList(cell: string): string[] {
  return cell
    .split(/[;\n]/)
    .map((item) => item.trim())
    .filter((item) => item !== '');
}

export function progressToCell(progress: number | null): string {
  return progress === null ? '' : String(progress);
}

/** '' → null; "60", "60%", "60,5" accepted; undefined when not a number from 0 to 100. */
export function cellToProgress(cell: string): number | null | undefined {
  const text = cell.trim().replace('%', '').replace(',', '.');
  if (text === '') return null;
  const value = Number(text);
  if (!Number.isFinite(value)) return undefined;
  return value >= 0 && value <= 100 ? Math.round(value) : undefined;
}
