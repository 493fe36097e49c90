import { describe, expect, it } from 'vitest';
import { cellToDate, dateToCell } from '#src/store/cells.js';

describe('date cells', () => {
  it.each([
    ['12/06/2024', '2024-06-12'],
    ['1/6/2024', '2024-06-01'],
    ['29.02.2024', '2024-02-29'],
    ['2024-06-12', '2024-06-12'],
    ['2024-6-1T08:00', '2024-06-01'],
    ['45455', '2024-06-12'],
    ['', null],
  ])('reads «%s» as %s', (cell, iso) => {
    expect(cellToDate(cell)).toBe(iso);
  });

  it.each(['31/02/2024', '29/02/2023', '31/04/2024', '00/06/2024', '12/13/2024', 'Quý II/2024', 'tháng 6'])(
    'refuses «%s»',
    (cell) => {
      expect(cellToDate(cell)).toBeUndefined();
    },
  );

  it('writes dates the way coordinators read them, and round-trips', () => {
    expect(dateToCell('2024-06-12')).toBe('12/06/2024');
    expect(dateToCell('2000-02-29')).toBe('29/02/2000');
    expect(dateToCell(null)).toBe('');
    for (const iso of ['2024-01-31', '2024-12-31', '2028-02-29']) expect(cellToDate(dateToCell(iso))).toBe(iso);
  });
});
