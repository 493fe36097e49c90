import { describe, expect, it } from 'vitest';
import { normalizeDeadline } from '../../src/domain/deadline.js';

// Rule «before-tet»: plans for the lunar new year say «trước Tết Nguyên đán».
describe('«trước Tết Nguyên đán» is due the day before the first day of Tết', () => {
  it('takes the Tết that follows the plan’s date', () => {
    expect(normalizeDeadline('Trước Tết Nguyên đán', { year: 2025, planDate: '2025-11-20' }).date).toBe('2026-02-16');
    expect(normalizeDeadline('trước Tết', { year: 2026, planDate: '2026-01-05' }).date).toBe('2026-02-16');
    // Tết 2027 is 6 February.
    expect(normalizeDeadline('Hoàn thành trước Tết Nguyên đán', { year: 2026, planDate: '2026-03-01' }).date).toBe(
      '2027-02-05',
    );
  });

  it('reads the year named by the sixty-year cycle, or by its number', () => {
    expect(normalizeDeadline('trước Tết Nguyên đán Đinh Mùi', { year: 2025 }).date).toBe('2027-02-05');
    expect(normalizeDeadline('trước Tết Nguyên đán năm 2028', { year: 2025 }).date).toBe('2028-01-25');
  });

  it('does not take «trong dịp Tết» as a deadline', () => {
    expect(normalizeDeadline('Trong dịp Tết Nguyên đán', { year: 2025 }).date).toBeNull();
  });
});
