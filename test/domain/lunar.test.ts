import { describe, expect, it } from 'vitest';
import { normalizeDeadline } from '../../src/domain/deadline.js';
import { lunarToSolar } from '../../src/domain/lunar.js';

const plan = { year: 2026, planDate: '2026-01-05' };

describe('the Vietnamese lunar calendar', () => {
  it('gives the solar day of a lunar day, at UTC+7', () => {
    expect(lunarToSolar(2026, 1, 1)).toBe('2026-02-17'); // Tết Bính Ngọ
    expect(lunarToSolar(2026, 3, 10)).toBe('2026-04-26'); // Giỗ Tổ Hùng Vương
    expect(lunarToSolar(2025, 12, 23)).toBe('2026-02-10'); // ông Công ông Táo, year Ất Tỵ
    expect(lunarToSolar(2030, 1, 1)).toBe('2030-02-02'); // 3 February in China
  });

  it('has no 30th in a short month, and no month 13', () => {
    expect(lunarToSolar(2026, 2, 30)).toBeNull();
    expect(lunarToSolar(2026, 13, 1)).toBeNull();
  });
});

describe('rule «lunar-date» in deadlines', () => {
  it.each([
    ['Ngày 23 tháng Chạp năm Ất Tỵ (ngày 10/02/2026)', '2026-02-10'],
    ['Đêm 29 tháng Chạp năm Ất Tỵ', '2026-02-16'],
    ['Từ mùng 4 đến mùng 8 tháng Giêng (từ 20/02 đến 24/02/2026)', '2026-02-24'],
    ['Ngày 16 và 17 tháng Hai năm Bính Ngọ', '2026-04-04'],
    ['Ngày 20 tháng Hai âm lịch', '2026-04-07'],
    ['ngày 10 tháng 3 âm lịch', '2026-04-26'],
    ['từ mùng 1 đến hết mùng 3 Tết Bính Ngọ', '2026-02-19'],
    ['ngày 10/3 âm lịch', '2026-04-26'],
    ['Mùng 10/3 (âm lịch)', '2026-04-26'],
    ['15/8 ÂL năm Bính Ngọ', '2026-09-25'],
  ])('«%s» → %s', (text, date) => {
    expect(normalizeDeadline(text, plan)).toMatchObject({ date, understood: true });
  });

  it('without a year, the next such day after the plan’s date', () => {
    // A plan of 01/10/2026: the 20th of the second lunar month is in 2027.
    expect(normalizeDeadline('Ngày 20 tháng Hai âm lịch', { year: 2026, planDate: '2026-10-01' }).date).toBe(
      '2027-03-27',
    );
  });

  it('a solar month in words is not lunar unless the text says so', () => {
    expect(normalizeDeadline('ngày 20 tháng Hai', plan).understood).toBe(false);
    expect(normalizeDeadline('ngày 15 tháng 3', plan).date).toBe('2026-03-15');
    expect(normalizeDeadline('ngày 10 tháng Giêng năm Giáp Ngọ', plan).understood).toBe(false); // year not in the table
  });
});

describe('lunar dates: what is read and what is not', () => {
  it('reads past the words before the day, and finds tháng Chạp in the plan’s year without its date', () => {
    expect(normalizeDeadline('Hoàn thành trước ngày 10/3 âm lịch', plan).date).toBe('2026-04-26');
    expect(normalizeDeadline('Thời gian: mùng 10 tháng 3 âm lịch', plan).date).toBe('2026-04-26');
    expect(normalizeDeadline('Ngày 23 tháng Chạp', { year: 2026 }).date).toBe('2026-02-10');
  });

  it('gives no date where the calendar is in doubt (2033 has a leap month the package reads its own way)', () => {
    expect(lunarToSolar(2033, 11, 1)).toBeNull();
  });
});
