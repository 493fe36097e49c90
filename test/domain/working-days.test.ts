import { describe, expect, it } from 'vitest';
import { vietnamHolidays } from '#src/domain/holidays-vn.js';
import { createWorkingCalendar } from '#src/domain/working-days.js';

const calendar = createWorkingCalendar();
const offIn = (from: string, to: string, cal = calendar) => {
  const out: string[] = [];
  for (let d = new Date(`${from}T00:00:00Z`); d <= new Date(`${to}T00:00:00Z`); d.setUTCDate(d.getUTCDate() + 1)) {
    const iso = d.toISOString().slice(0, 10);
    if (!cal.isWorkingDay(iso)) out.push(iso);
  }
  return out;
};

describe('working days', () => {
  it('skips Saturdays and Sundays', () => {
    expect(calendar.isWorkingDay('2024-06-14')).toBe(true); // Friday
    expect(calendar.isWorkingDay('2024-06-15')).toBe(false);
    expect(calendar.isWorkingDay('2024-06-16')).toBe(false);
    expect(calendar.dayOffReason('2024-06-15')).toBe('Thứ Bảy');
    expect(calendar.dayOffReason('2024-06-16')).toBe('Chủ nhật');
    expect(calendar.dayOffReason('2024-06-17')).toBeNull();
  });

  it('knows the first day of Tết by the Vietnamese lunar calendar, 2024–2030', () => {
    const tet = [2024, 2025, 2026, 2027, 2028, 2029, 2030].map((year) => vietnamHolidays(year).tet);
    // 2030: 2 February in Vietnam (UTC+7), a day before the Chinese New Year.
    expect(tet).toEqual([
      '2024-02-10',
      '2025-01-29',
      '2026-02-17',
      '2027-02-06',
      '2028-01-26',
      '2029-02-13',
      '2030-02-02',
    ]);
  });

  it('gives the Tết breaks the government announced (2024, 2025) and the five statutory days otherwise', () => {
    expect(offIn('2024-02-05', '2024-02-16')).toEqual([
      '2024-02-08',
      '2024-02-09',
      '2024-02-10',
      '2024-02-11',
      '2024-02-12',
      '2024-02-13',
      '2024-02-14',
    ]);
    // 25/1–2/2/2025 (27/1 swapped); Monday 3/2 is a working day again.
    expect(offIn('2025-01-24', '2025-02-03')).toEqual([
      '2025-01-25',
      '2025-01-26',
      '2025-01-27',
      '2025-01-28',
      '2025-01-29',
      '2025-01-30',
      '2025-01-31',
      '2025-02-01',
      '2025-02-02',
    ]);
    // 2026: the last day of the lunar year and mùng 1–4, Monday to Friday, with the weekends around.
    expect(offIn('2026-02-13', '2026-02-23')).toEqual([
      '2026-02-14',
      '2026-02-15',
      '2026-02-16',
      '2026-02-17',
      '2026-02-18',
      '2026-02-19',
      '2026-02-20',
      '2026-02-21',
      '2026-02-22',
    ]);
    expect(calendar.dayOffReason('2026-02-18')).toBe('Nghỉ Tết Nguyên đán');
    // 2027: Tết on a Saturday: the two weekend days are made up on Wednesday and Thursday.
    expect(offIn('2027-02-04', '2027-02-12')).toEqual([
      '2027-02-05',
      '2027-02-06',
      '2027-02-07',
      '2027-02-08',
      '2027-02-09',
      '2027-02-10',
      '2027-02-11',
    ]);
  });

  it('keeps 2 September with its adjacent day, 30/4, 1/5 and Giỗ Tổ, with made-up days', () => {
    expect(offIn('2024-08-30', '2024-09-04')).toEqual(['2024-08-31', '2024-09-01', '2024-09-02', '2024-09-03']);
    expect(offIn('2025-08-29', '2025-09-03')).toEqual(['2025-08-30', '2025-08-31', '2025-09-01', '2025-09-02']);
    expect(offIn('2024-04-29', '2024-05-02')).toEqual(['2024-04-29', '2024-04-30', '2024-05-01']);
    expect(calendar.isWorkingDay('2024-04-18')).toBe(false); // Giỗ Tổ Hùng Vương, 10/3 lunar
    // Giỗ Tổ 2026 falls on Sunday 26/4: Monday 27/4 is off instead.
    expect(calendar.dayOffReason('2026-04-27')).toBe('Giỗ Tổ Hùng Vương (nghỉ bù)');
    expect(calendar.isWorkingDay('2026-04-28')).toBe(true);
  });

  it('adds the days off a coordinator lists', () => {
    const custom = createWorkingCalendar({ daysOff: ['2024-06-17'] });
    expect(custom.isWorkingDay('2024-06-17')).toBe(false);
    expect(custom.dayOffReason('2024-06-17')).toBe('Ngày nghỉ do điều phối viên thêm');
    expect(calendar.isWorkingDay('2024-06-17')).toBe(true);
    expect(custom.back('2024-06-18', 1)).toBe('2024-06-14');
  });

  it('counts and steps over working days across weekends, holidays and years', () => {
    expect(calendar.onOrBefore('2024-06-16')).toBe('2024-06-14');
    expect(calendar.onOrBefore('2024-06-14')).toBe('2024-06-14');
    expect(calendar.back('2024-06-14', 7)).toBe('2024-06-05');
    expect(calendar.back('2025-09-03', 1)).toBe('2025-08-29');
    expect(calendar.forward('2024-06-14', 1)).toBe('2024-06-17');
    expect(calendar.countBetween('2024-06-14', '2024-06-21')).toBe(5);
    expect(calendar.countBetween('2024-06-21', '2024-06-14')).toBe(0);
    expect(calendar.countBetween('2024-12-31', '2025-01-02')).toBe(1); // 1/1 is off
    // Two full years by steps equals the sum of per-day checks.
    expect(calendar.countBetween('2023-12-31', '2025-12-31')).toBe(
      366 + 365 - offIn('2024-01-01', '2025-12-31').length,
    );
  });
});
