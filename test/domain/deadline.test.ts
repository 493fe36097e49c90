import { describe, expect, it } from 'vitest';
import {
  type DeadlineContext,
  describeRecurrence,
  nextOccurrence,
  normalizeDeadline,
  occurrenceInYear,
  Recurrence,
} from '../../src/domain/deadline.js';

const y2024 = { year: 2024 };
const noYear = { year: null };
const dateOf = (text: string, ctx: DeadlineContext = y2024): string | null => normalizeDeadline(text, ctx).date;

describe('normalizeDeadline: periods end on their last day', () => {
  it.each([
    ['Tháng 3/2024', '2024-03-31'],
    ['tháng 02/2024', '2024-02-29'],
    ['Tháng 2/2023', '2023-02-28'],
    ['Tháng 6 năm 2024', '2024-06-30'],
    ['Quý IV/2024', '2024-12-31'],
    ['Quý I/2024', '2024-03-31'],
    ['Quý 2/2024', '2024-06-30'],
    ['quý III năm 2025', '2025-09-30'],
    ['Năm 2024', '2024-12-31'],
    ['Trong năm 2024', '2024-12-31'],
    ['Cả năm 2024', '2024-12-31'],
    ['Cuối năm 2024', '2024-12-31'],
    ['6 tháng đầu năm 2024', '2024-06-30'],
    ['6 tháng cuối năm 2024', '2024-12-31'],
    ['9 tháng đầu năm 2024', '2024-09-30'],
    ['hoàn thành trong 9 tháng đầu năm 2024', '2024-09-30'],
    ['Hoàn thành trong tháng 10/2024', '2024-10-31'],
    ['Từ tháng 3 đến tháng 6/2024', '2024-06-30'],
    ['Giai đoạn 2021 - 2025', '2025-12-31'],
  ])('%s → %s', (text, iso) => {
    const result = normalizeDeadline(text, noYear);
    expect(result).toMatchObject({ date: iso, understood: true, ongoing: false, recurrence: '' });
  });

  it.each([
    ['đợt 1 hoàn thành trước ngày 15/7/2026, đợt 2 hoàn thành trước ngày 15/10/2026', '2026-10-15'],
    ['Đợt 1 trong tháng 3 và tháng 4/2026; đợt 2 tiêm bổ sung trong tháng 9 và tháng 10/2026', '2026-10-31'],
    ['Đợt 1: Quý I/2026; Đợt 2: Quý III/2026', '2026-09-30'],
    ['Ngày Nước thế giới (22/3/2026) và Ngày Môi trường thế giới (05/6/2026)', '2026-06-05'],
  ])('rounds and named days: the last one (%s → %s)', (text, iso) => {
    expect(normalizeDeadline(text, noYear)).toMatchObject({ date: iso, understood: true });
  });

  it.each(['đợt 1 trước ngày 15/7/2026, đợt 2 khi có kinh phí', 'Ngày thành lập Đoàn (26/3/1931 - 26/3/2026)'])(
    'leaves a round without a time, or an anniversary’s span, unread (%s)',
    (text) => {
      expect(normalizeDeadline(text, noYear)).toMatchObject({ date: null, understood: false });
    },
  );

  it.each([
    ['Tuần 3 tháng 12/2025', '2025-12-21'],
    ['tuần 4 tháng 2/2026', '2026-02-28'],
    ['T2/2026 (sau Tết)', '2026-02-28'],
  ])('a numbered week of a month, a month written «T2» (%s → %s)', (text, iso) => {
    expect(normalizeDeadline(text, noYear)).toMatchObject({ date: iso, understood: true });
  });

  it.each([
    ['hoàn thành D-30', '2026-08-26'],
    ['Trước D-10', '2026-09-15'],
    ['Từ D-1 đến hết ngày D', '2026-09-25'],
    ['Trong ngày D-1 và ngày D', '2026-09-25'],
    ['Từ D-15 đến D+7', '2026-10-02'],
    ['Vào ngày D+1 (26/9/2026)', '2026-09-26'],
    ['Ngày D', '2026-09-25'],
  ])('counts from the plan’s «ngày D», 25/9/2026 (%s → %s)', (text, iso) => {
    expect(normalizeDeadline(text, { year: 2026, dDay: '2026-09-25' })).toMatchObject({ date: iso, understood: true });
  });

  it('leaves a D mark unread when the plan names no «ngày D»', () => {
    expect(normalizeDeadline('hoàn thành D-30', { year: 2026 })).toMatchObject({ date: null, understood: false });
  });

  it('several periods: the end of the last one (Quý II và Quý III/2024 → 30/09/2024)', () => {
    expect(dateOf('Quý II và Quý III/2024')).toBe('2024-09-30');
    expect(dateOf('Quý III và Quý II/2024')).toBe('2024-09-30');
    expect(dateOf('Quý II, III/2024')).toBe('2024-09-30');
    expect(dateOf('Tháng 3 và tháng 4/2024')).toBe('2024-04-30');
  });

  it('a period without a year takes the plan year, and is not understood without one', () => {
    expect(dateOf('Quý IV')).toBe('2024-12-31');
    expect(dateOf('Tháng 6')).toBe('2024-06-30');
    expect(normalizeDeadline('Quý IV', noYear)).toMatchObject({ date: null, understood: false });
  });
});

describe('normalizeDeadline: dates', () => {
  it.each([
    ['trước ngày 15/8/2024', '2024-08-15'],
    ['Trước ngày 15/08/2024.', '2024-08-15'],
    ['Thời gian hoàn thành trước ngày 15/8/2024', '2024-08-15'],
    ['Hoàn thành trước ngày 31/12/2024', '2024-12-31'],
    ['30/10/2024', '2024-10-30'],
    ['ngày 30-10-2024', '2024-10-30'],
    ['30.10.2024', '2024-10-30'],
    ['Chậm nhất ngày 05/01/2025', '2025-01-05'],
    ['ngày 15 tháng 8 năm 2024', '2024-08-15'],
    ['15/8/24', '2024-08-15'],
  ])('%s → %s (the deadline day itself)', (text, iso) => {
    expect(normalizeDeadline(text, noYear)).toMatchObject({ date: iso, understood: true, recurrence: '' });
  });

  it('a day and month take the year from the context', () => {
    expect(dateOf('10/5')).toBe('2024-05-10');
    expect(dateOf('trước ngày 10/5', { year: 2023 })).toBe('2023-05-10');
    expect(normalizeDeadline('10/5', noYear)).toMatchObject({ date: null, understood: false });
  });

  it('an impossible date is not understood', () => {
    expect(normalizeDeadline('31/02/2024', noYear)).toMatchObject({ date: null, understood: false });
    expect(normalizeDeadline('Tháng 13/2024', noYear).understood).toBe(false);
    expect(normalizeDeadline('Quý V/2024', noYear).understood).toBe(false);
  });
});

describe('normalizeDeadline: ongoing and recurring', () => {
  it('"Thường xuyên" is ongoing with no date and no cycle', () => {
    for (const text of ['Thường xuyên', 'thường xuyên, liên tục', 'Liên tục']) {
      expect(normalizeDeadline(text, y2024)).toEqual({
        date: null,
        recurrence: '',
        rule: null,
        ongoing: true,
        understood: true,
      });
    }
  });

  it('"Hằng năm" / "Hàng tháng" / "Hằng quý" are cycles without a day', () => {
    expect(normalizeDeadline('Hằng năm', y2024)).toMatchObject({
      date: null,
      recurrence: 'Hằng năm',
      rule: { every: 'year', month: null, day: null },
      ongoing: true,
    });
    expect(normalizeDeadline('Hàng tháng', y2024).rule).toEqual({ every: 'month', day: null });
    expect(normalizeDeadline('hằng quý', y2024).recurrence).toBe('Hằng quý');
  });

  it('"hằng tháng trước ngày 14" is a monthly cycle; the date stays empty (reminders compute it)', () => {
    for (const text of [
      'hằng tháng trước ngày 14',
      'Hàng tháng, trước ngày 14',
      'Trước ngày 14 hằng tháng',
      'trước ngày 14 của tháng',
    ]) {
      expect(normalizeDeadline(text, y2024)).toMatchObject({
        date: null,
        recurrence: 'Hằng tháng, trước ngày 14',
        rule: { every: 'month', day: 14 },
        ongoing: true,
        understood: true,
      });
    }
  });

  it('"trước ngày 19 của tháng cuối quý" is a quarterly cycle', () => {
    expect(normalizeDeadline('Hằng quý, trước ngày 19 của tháng cuối quý', y2024)).toMatchObject({
      date: null,
      recurrence: 'Hằng quý, trước ngày 19 của tháng cuối quý',
      rule: { every: 'quarter', quarters: null, monthOfQuarter: 3, day: 19 },
    });
  });

  it('a yearly cycle gets the plan year’s date when the year is known', () => {
    expect(normalizeDeadline('Trước ngày 14/11 hằng năm', y2024)).toMatchObject({
      date: '2024-11-14',
      recurrence: 'Hằng năm, trước ngày 14/11',
      rule: { every: 'year', month: 11, day: 14 },
      ongoing: true,
    });
    expect(normalizeDeadline('hằng năm trước ngày 10/12', noYear)).toMatchObject({
      date: null,
      recurrence: 'Hằng năm, trước ngày 10/12',
    });
  });

  it('"Năm 2024 và các năm tiếp theo" ends its first year and repeats', () => {
    expect(normalizeDeadline('Năm 2024 và các năm tiếp theo', noYear)).toMatchObject({
      date: '2024-12-31',
      recurrence: 'Hằng năm',
      ongoing: true,
    });
  });
});

describe('normalizeDeadline: the 2025 spellings of yearly and open-ended deadlines', () => {
  it('rule «month-yearly»: "Tháng 12 hằng năm" is due by the end of December, every year', () => {
    expect(normalizeDeadline('Tháng 12 hằng năm', { year: 2025 })).toMatchObject({
      date: '2025-12-31',
      rule: { every: 'year', month: 12, day: 31 },
      ongoing: true,
    });
    expect(normalizeDeadline('Hằng năm, tháng 6', { year: 2025 }).date).toBe('2025-06-30');
    expect(normalizeDeadline('Tháng 13 hằng năm', y2024).understood).toBe(false);
  });

  it('«Quý IV hằng năm», «Trước ngày 30 tháng 11 hằng năm», «Năm 2025, 2026», «Từ nay đến 2030»', () => {
    expect(normalizeDeadline('Quý IV hằng năm', { year: 2025 })).toMatchObject({ date: '2025-12-31', ongoing: true });
    expect(normalizeDeadline('Trước ngày 30 tháng 11 hằng năm', { year: 2025 })).toMatchObject({
      date: '2025-11-30',
      recurrence: 'Hằng năm, trước ngày 30/11',
    });
    expect(dateOf('Năm 2025, 2026')).toBe('2026-12-31');
    expect(dateOf('Từ nay đến 2030')).toBe('2030-12-31');
    expect(normalizeDeadline('Từ năm 2026', y2024).understood).toBe(false);
  });

  it('"Đến hết năm 2025", "Tháng 12/2025 và hằng năm", "định kỳ … (hoặc đột xuất)"', () => {
    expect(dateOf('Đến hết năm 2025')).toBe('2025-12-31');
    expect(normalizeDeadline('Tháng 12/2025 và hằng năm', y2024)).toMatchObject({
      date: '2025-12-31',
      recurrence: 'Hằng năm',
    });
    expect(normalizeDeadline('Định kỳ trước ngày 15/12 hằng năm (hoặc đột xuất)', { year: 2025 })).toMatchObject({
      date: '2025-12-15',
      recurrence: 'Hằng năm, trước ngày 15/12',
    });
  });
});

describe('normalizeDeadline: never guesses', () => {
  it.each(['Theo tiến độ của Bộ', 'Theo Kế hoạch của UBND tỉnh', 'Khi có yêu cầu', 'Sau khi có hướng dẫn', 'Đầu năm'])(
    '%s → not understood, no date',
    (text) => {
      expect(normalizeDeadline(text, y2024)).toEqual({
        date: null,
        recurrence: '',
        rule: null,
        ongoing: false,
        understood: false,
      });
    },
  );

  it('an empty text is understood as "no deadline"', () => {
    expect(normalizeDeadline('  ', y2024)).toMatchObject({ date: null, understood: true, ongoing: false });
  });
});

describe('recurrence rules', () => {
  const rules: Recurrence[] = [
    { every: 'month', day: 14 },
    { every: 'month', day: null },
    { every: 'quarter', quarters: null, monthOfQuarter: 3, day: 19 },
    { every: 'quarter', quarters: [1, 3], monthOfQuarter: 3, day: 19 },
    { every: 'quarter', quarters: null, monthOfQuarter: 1, day: 5 },
    { every: 'year', month: 6, day: 14 },
    { every: 'year', month: null, day: null },
  ];

  it.each(rules)('%j reads back from its own text', (rule) => {
    expect(Recurrence.parse(rule)).toEqual(rule);
    const text = describeRecurrence(rule);
    expect(normalizeDeadline(text, noYear).rule).toEqual(rule);
    expect(JSON.parse(JSON.stringify(rule))).toEqual(rule);
  });

  it('describes quarters by name', () => {
    expect(describeRecurrence({ every: 'quarter', quarters: [1, 3], monthOfQuarter: 3, day: 19 })).toBe(
      'Quý I và quý III, trước ngày 19 của tháng cuối quý',
    );
  });

  it('rejects a malformed rule', () => {
    expect(Recurrence.safeParse({ every: 'week', day: 8 }).success).toBe(false);
    expect(Recurrence.safeParse({ every: 'fortnight', day: 1 }).success).toBe(false);
    expect(Recurrence.safeParse({ every: 'month', day: 40 }).success).toBe(false);
  });

  it('occurrenceInYear only for dated yearly rules', () => {
    expect(occurrenceInYear({ every: 'year', month: 6, day: 14 }, 2025)).toBe('2025-06-14');
    expect(occurrenceInYear({ every: 'month', day: 14 }, 2025)).toBeNull();
    expect(occurrenceInYear({ every: 'year', month: 2, day: 29 }, 2023)).toBeNull();
  });

  it('nextOccurrence finds the next due day on or after a date', () => {
    expect(nextOccurrence({ every: 'month', day: 14 }, '2024-04-02')).toBe('2024-04-14');
    expect(nextOccurrence({ every: 'month', day: 14 }, '2024-04-14')).toBe('2024-04-14');
    expect(nextOccurrence({ every: 'month', day: 14 }, '2024-04-15')).toBe('2024-05-14');
    expect(nextOccurrence({ every: 'month', day: 31 }, '2024-02-01')).toBe('2024-02-29');
    expect(nextOccurrence({ every: 'quarter', quarters: null, monthOfQuarter: 3, day: 19 }, '2024-04-02')).toBe(
      '2024-06-19',
    );
    expect(nextOccurrence({ every: 'quarter', quarters: [1, 3], monthOfQuarter: 3, day: 19 }, '2024-04-02')).toBe(
      '2024-09-19',
    );
    expect(nextOccurrence({ every: 'year', month: 11, day: 14 }, '2024-11-20')).toBe('2025-11-14');
    expect(nextOccurrence({ every: 'year', month: null, day: null }, '2024-01-01')).toBeNull();
  });
});

describe('rule «weekly»: reports due on a day of every week', () => {
  it.each([
    ['Hằng tuần', { every: 'week', day: null }, 'Hằng tuần'],
    ['Báo cáo hằng tuần (thứ Sáu)'.slice(8), { every: 'week', day: 5 }, 'Hằng tuần, thứ Sáu'],
    ['Thứ Sáu hằng tuần', { every: 'week', day: 5 }, 'Hằng tuần, thứ Sáu'],
    ['trước 16 giờ thứ Năm hằng tuần', { every: 'week', day: 4 }, 'Hằng tuần, thứ Năm'],
    ['vào sáng thứ Hai hàng tuần', { every: 'week', day: 1 }, 'Hằng tuần, thứ Hai'],
    ['thứ 6 hằng tuần', { every: 'week', day: 5 }, 'Hằng tuần, thứ Sáu'],
    ['Chủ nhật hằng tuần', { every: 'week', day: 7 }, 'Hằng tuần, Chủ nhật'],
  ])('%s', (text, rule, described) => {
    const read = normalizeDeadline(text, y2024);
    expect(read).toMatchObject({ rule, recurrence: described, date: null, ongoing: true, understood: true });
    // What the sheet keeps reads back to the same rule.
    expect(normalizeDeadline(described, noYear).rule).toEqual(rule);
  });

  it('«thứ Năm» is Thursday, not a year; «tháng thứ hai» is no weekday', () => {
    expect(normalizeDeadline('thứ Năm hằng tuần', y2024).rule).toEqual({ every: 'week', day: 4 });
    expect(normalizeDeadline('thứ Tám hằng tuần', y2024).understood).toBe(false);
  });

  it('the next occurrence is the next such weekday, today included', () => {
    // 2024-06-12 is a Wednesday.
    expect(nextOccurrence({ every: 'week', day: 5 }, '2024-06-12')).toBe('2024-06-14');
    expect(nextOccurrence({ every: 'week', day: 3 }, '2024-06-12')).toBe('2024-06-12');
    expect(nextOccurrence({ every: 'week', day: 1 }, '2024-06-12')).toBe('2024-06-17');
    expect(nextOccurrence({ every: 'week', day: null }, '2024-06-12')).toBeNull();
    expect(describeRecurrence({ every: 'week', day: 7 })).toBe('Hằng tuần, Chủ nhật');
  });
});

describe('spans and ongoing periods in 2025 plans', () => {
  const y2025 = { year: 2025 };
  it.each([
    ['2025 - 2035', '2035-12-31'],
    ['Năm 2025-2030', '2030-12-31'],
    ['2026 - 2030', '2030-12-31'],
    ['Quý IV/2025 - Quý II/2026', '2026-06-30'],
    ['Từ ngày 15/11/2025 đến ngày 15/12/2025', '2025-12-15'],
    ['Quí IV-2025', '2025-12-31'],
  ])('«%s» is due at the end of its last period (%s)', (text, date) => {
    expect(normalizeDeadline(text, y2025)).toMatchObject({ date, understood: true });
  });

  it('«… và các năm tiếp theo» is due at the end of the first period, then yearly', () => {
    expect(normalizeDeadline('Quý IV năm 2025 và các năm tiếp theo.', y2025)).toMatchObject({
      date: '2025-12-31',
      recurrence: 'Hằng năm',
      ongoing: true,
    });
  });

  it('a span whose first part is not a period is not read as a range', () => {
    expect(normalizeDeadline('Sau khi Bộ ban hành - 2026', y2025)).toMatchObject({ date: null, understood: false });
    expect(normalizeDeadline('2030 - 2025', y2025)).toMatchObject({ date: null, understood: false });
  });
});

describe('deadlines counted from something else', () => {
  const plan = { year: 2025, planDate: '2025-12-22' };

  it('«week-of-month»: the first week of a month is over on the 7th, the last on the month’s last day', () => {
    expect(dateOf('trong tuần đầu tiên của tháng 02/2026', plan)).toBe('2026-02-07');
    expect(dateOf('Tuần thứ hai của tháng 3 năm 2026', plan)).toBe('2026-03-14');
    expect(dateOf('tuần cuối của tháng 2/2026', plan)).toBe('2026-02-28');
    // Without its year, the next such month after the plan's date.
    expect(dateOf('tuần cuối của tháng 6', plan)).toBe('2026-06-30');
  });

  it('«dash-and-dot-dates»: «15-4-2026», «15.5.2026», «tháng 9-2026» are the slashed forms; year spans stay', () => {
    expect(dateOf('15-4-2026', plan)).toBe('2026-04-15');
    expect(dateOf('chậm nhất 15.5.2026', plan)).toBe('2026-05-15');
    expect(dateOf('Từ 23-3 đến 15-4-2026', plan)).toBe('2026-04-15');
    expect(dateOf('tháng 7 - tháng 9-2026', plan)).toBe('2026-09-30');
    expect(dateOf('2026-2030', plan)).toBe('2030-12-31');
    expect(dateOf('Quý IV-2026', plan)).toBe('2026-12-31');
    // Not a day: 35 is no day, 13 no month.
    expect(normalizeDeadline('35-4-2026', plan).date).toBeNull();
    expect(normalizeDeadline('15-13-2026', plan).date).toBeNull();
  });

  it('«dated-rounds»: a cell giving each round its day is due with the last', () => {
    expect(dateOf('30/4/2026 (đợt 1); 31/10/2026 (đợt 2)', plan)).toBe('2026-10-31');
    expect(dateOf('15/3/2026 (lần 1), 15/9/2026 (lần 2)', plan)).toBe('2026-09-15');
    // A PDF that breaks a dashed date after its dash.
    expect(dateOf('Từ 23-3 đến 15- 4-2026', plan)).toBe('2026-04-15');
    // Not a list of days: left to the other rules.
    expect(normalizeDeadline('30/4/2026 (đợt 1); theo kế hoạch riêng', plan).date).toBeNull();
  });

  it('«round-label» and «occasion-day»: a round’s name before its time, an occasion with its day', () => {
    expect(dateOf('Đợt 1: tháng 7 - tháng 9-2026', plan)).toBe('2026-09-30');
    expect(dateOf('Giai đoạn 2: Quý III/2026', plan)).toBe('2026-09-30');
    expect(dateOf('Dịp Quốc khánh 02-9-2026', plan)).toBe('2026-09-02');
    expect(dateOf('dịp Tết Dương lịch (01/01/2027)', plan)).toBe('2027-01-01');
    // An occasion without its day is not guessed.
    expect(normalizeDeadline('Dịp Quốc khánh', plan).date).toBeNull();
  });

  it('«part-of-month»: the first ten days are over on the 10th, the middle ten on the 20th', () => {
    expect(dateOf('Đầu tháng 6/2027', plan)).toBe('2027-06-10');
    expect(dateOf('Giữa tháng 4/2027', plan)).toBe('2027-04-20');
    expect(dateOf('Cuối tháng 01/2027', plan)).toBe('2027-01-31');
    // Without its year, the next such month after the plan's date.
    expect(dateOf('đầu tháng 3', plan)).toBe('2026-03-10');
    expect(normalizeDeadline('giữa tháng 13/2026', plan)).toMatchObject({ date: null, understood: false });
    // The written words for a month's three ten-day parts.
    expect(dateOf('Thượng tuần tháng 6/2027', plan)).toBe('2027-06-10');
    expect(dateOf('trung tuần tháng 5/2027', plan)).toBe('2027-05-20');
    expect(dateOf('Hạ tuần tháng 5/2027', plan)).toBe('2027-05-31');
    // «Trước» the part of the month is where that part starts, never after it.
    expect(dateOf('Trước đầu tháng 3', plan)).toBe('2026-03-01');
    expect(dateOf('trước giữa tháng 4/2027', plan)).toBe('2027-04-15');
  });

  it('«days-before-event»: counts back from the day the plan gives the event', () => {
    expect(
      dateOf(
        'chậm nhất 20 ngày trước ngày khai mạc kỳ họp cuối năm của HĐND tỉnh (dự kiến khai mạc ngày 08/12/2026)',
        plan,
      ),
    ).toBe('2026-11-18');
    // Working days skip the weekend (20/11/2026 is a Friday).
    expect(dateOf('trước 05 ngày làm việc trước ngày tổ chức Hội nghị (ngày 20/11/2026)', plan)).toBe('2026-11-13');
    // Without the event's day, nothing is guessed.
    expect(normalizeDeadline('chậm nhất 20 ngày trước ngày khai mạc kỳ họp', plan).date).toBeNull();
  });

  it('«part-of-quarter»: «đầu quý» is due with the quarter’s first month, «giữa quý» with its second', () => {
    expect(dateOf('đầu quý III/2027', plan)).toBe('2027-07-31');
    expect(dateOf('Giữa quý 2 năm 2027', plan)).toBe('2027-05-31');
    expect(dateOf('Cuối quý III/2027', plan)).toBe('2027-09-30');
    expect(normalizeDeadline('đầu quý V/2027', plan)).toMatchObject({ date: null, understood: false });
  });

  it('«days-from-signing»: days from the plan’s own date; working days skip weekends and Tết', () => {
    expect(dateOf('Trong vòng 15 ngày kể từ ngày Kế hoạch này được ban hành', plan)).toBe('2026-01-06');
    expect(dateOf('trong vòng 10 ngày kể từ ngày ký', plan)).toBe('2026-01-01');
    // Mon 22/12/2025 + 5 working days = Mon 29/12/2025.
    expect(dateOf('05 ngày làm việc kể từ ngày ký', plan)).toBe('2025-12-29');
    // Tết Bính Ngọ: off until Sun 22/02/2026, so 3 working days from Fri 13/02 are 23, 24, 25/02.
    expect(dateOf('03 ngày làm việc kể từ ngày ký', { year: 2026, planDate: '2026-02-13' })).toBe('2026-02-25');
  });

  it('never counts from a day it does not know', () => {
    expect(normalizeDeadline('trong vòng 10 ngày kể từ ngày nhận được hồ sơ', plan)).toMatchObject({
      date: null,
      understood: false,
    });
    expect(normalizeDeadline('trong vòng 10 ngày kể từ ngày ký', { year: 2025 })).toMatchObject({ date: null });
  });

  it('«note-after-date»: a bracket explaining the date does not hide it', () => {
    expect(dateOf('trước ngày 20/01/2026 (Tết Nguyên đán)', plan)).toBe('2026-01-20');
    expect(dateOf('Quý I/2026 (đợt 1)', plan)).toBe('2026-03-31');
    // A bracket with a date of its own says something else: nothing is guessed.
    expect(normalizeDeadline('Quý I/2026 (trước ngày 15/02/2026)', plan)).toMatchObject({
      date: null,
      understood: false,
    });
  });
});

describe('«each-with-its-year»: periods listed each with their own year', () => {
  it('is due at the end of the last one', () => {
    expect(dateOf('Tháng 5/2026 và tháng 9/2026')).toBe('2026-09-30');
    expect(dateOf('Quý I/2026, Quý III/2026')).toBe('2026-09-30');
    // A cycle among them is no single date: not read as one.
    expect(normalizeDeadline('Tháng 5/2026 và hằng tháng', y2024).date).toBeNull();
  });
});

describe('«days-of-tet»: days of the first lunar month, from the holiday calendar', () => {
  const plan = { year: 2025, planDate: '2025-12-15' };
  it('counts mùng N from Tết’s first day, and a span is due on its last day', () => {
    // Tết Bính Ngọ: 17/02/2026.
    expect(dateOf('mùng 6 tháng Giêng năm Bính Ngọ', plan)).toBe('2026-02-22');
    expect(dateOf('từ mùng 4 đến mùng 6 tháng Giêng năm Bính Ngọ', plan)).toBe('2026-02-22');
    expect(dateOf('mùng 10 Tết', plan)).toBe('2026-02-26');
    // Tết 2027: 06/02/2027.
    expect(dateOf('mùng 3 tháng Giêng năm 2027', plan)).toBe('2027-02-08');
    // A month in figures is solar even after «mùng» («mùng 2 tháng 9» is National Day); with its
    // name and «âm lịch» it is lunar (rule «lunar-date»): Tết Đoan Ngọ 2026.
    expect(normalizeDeadline('mùng 5 tháng 5', plan)).toMatchObject({ date: null, understood: false });
    expect(dateOf('mùng 5 tháng Năm âm lịch', plan)).toBe('2026-06-19');
  });
});

describe('daily cycles', () => {
  it('«Hằng ngày», «trước 16 giờ hằng ngày» repeat every day and are never reminded', () => {
    expect(normalizeDeadline('trước 16 giờ hằng ngày', y2024)).toMatchObject({
      rule: { every: 'day', day: null },
      recurrence: 'Hằng ngày',
      ongoing: true,
    });
    expect(normalizeDeadline('Hằng ngày', noYear).rule).toEqual({ every: 'day', day: null });
    expect(nextOccurrence({ every: 'day', day: null }, '2024-06-12')).toBeNull();
  });
});

describe('rule «period-ahead»: a period without its year', () => {
  it('is next year’s when it is over on the plan’s date, the plan’s year otherwise', () => {
    const december = { year: 2025, planDate: '2025-12-12' };
    expect(dateOf('Quý I', december)).toBe('2026-03-31');
    expect(dateOf('Tháng 4 - 5', december)).toBe('2026-05-31');
    expect(dateOf('Quý IV', december)).toBe('2025-12-31');
    // A day of this December stays in this December, whatever year the title names.
    expect(dateOf('trước ngày 25/12', { year: 2025, planDate: '2025-12-05' })).toBe('2025-12-25');
  });
});

describe('rule «short-quarter» and rule «dated-bracket»', () => {
  const plan = { year: 2026, planDate: '2026-02-05' };

  it('reads «QII/2026» and «Q2/2026» as the quarter, with «Hết» before it', () => {
    expect(dateOf('Hết QII/2026', plan)).toBe('2026-06-30');
    expect(dateOf('Q4/2026', plan)).toBe('2026-12-31');
    // «Q» alone before other letters is no quarter.
    expect(normalizeDeadline('QL1A/2026', plan)).toMatchObject({ date: null });
  });

  it('takes the date a bracket gives when the words before it are no deadline', () => {
    expect(dateOf('Trước mùa mưa bão (trước 31/8/2026)', plan)).toBe('2026-08-31');
    expect(dateOf('Tuần thứ 2 tháng 10/2027 (từ 11/10 đến 17/10/2027)', plan)).toBe('2027-10-17');
  });

  it('keeps the reading of the words when they are read, and never takes a bracket without a day', () => {
    // The words are a deadline: a note in brackets does not move it.
    expect(dateOf('Tháng 3/2026 (đợt 1)', plan)).toBe('2026-03-31');
    expect(normalizeDeadline('Theo kế hoạch của Bộ (năm 2026)', plan)).toMatchObject({ date: null, understood: false });
    // A cycle in brackets dates no single day.
    expect(normalizeDeadline('Khi có yêu cầu (hằng tháng, trước ngày 25/01)', plan).date).not.toBe('2026-01-25');
  });
});

describe('a commune’s loose words', () => {
  const june = { year: 2026, planDate: '2026-06-22' };

  it('«vào cuối năm» is the end of the plan’s year; «trong tuần này» the Sunday of the plan’s week', () => {
    expect(dateOf('vào cuối năm', june)).toBe('2026-12-31');
    expect(dateOf('trong tuần này', june)).toBe('2026-06-28');
    expect(dateOf('xong truoc 15/8', june)).toBe('2026-08-15');
    // Without the plan's date the week is unknown.
    expect(normalizeDeadline('trong tuần này', { year: 2026 })).toMatchObject({ date: null, understood: false });
  });
});

describe('a time given twice or in parts (thirteenth session)', () => {
  const y2026 = { year: 2026 };
  it('reads the solar days when a bracket gives them again in the lunar calendar («lunar-note»)', () => {
    expect(dateOf('Từ ngày 17/4 đến hết ngày 26/4/2026 (mùng 1/3 - mùng 10/3 âm lịch)', y2026)).toBe('2026-04-26');
    // A bracket with a day of its own that is not the lunar calendar still leaves the whole unread.
    expect(dateOf('Trước ngày 15/4/2026 (lùi sang tháng 5/2026)', y2026)).toBeNull();
  });

  it('takes the one part that says when the work is done («one-dated-part»)', () => {
    expect(dateOf('Hằng ngày; tổng hợp xong trước ngày 05/5/2026', y2026)).toBe('2026-05-05');
    // Two dated parts are two times: not guessed here.
    expect(dateOf('Thường xuyên; kiểm tra trước ngày 15/4/2026; báo cáo trước ngày 30/4/2026', y2026)).toBeNull();
  });
});

describe('days and meetings (fourteenth session)', () => {
  const y2026 = { year: 2026 };
  it('reads «trong các ngày 03 - 04/6/2026» as its last day («các» is no filler «cả»)', () => {
    expect(dateOf('Trong các ngày 03 - 04/6/2026', y2026)).toBe('2026-06-04');
    expect(dateOf('trong hai ngày 03 - 04/6/2026', y2026)).toBe('2026-06-04');
  });

  it('reads «tại phiên họp thường kỳ tháng 6/2026» as that month («at-the-meeting»)', () => {
    expect(dateOf('Tại phiên họp thường kỳ tháng 6/2026', y2026)).toBe('2026-06-30');
    // A meeting without its month dates nothing.
    expect(dateOf('Tại phiên họp thường kỳ của UBND tỉnh', y2026)).toBeNull();
  });
});
