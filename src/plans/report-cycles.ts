import { DateTime } from 'luxon';
import { VN_ZONE } from '../domain/clock.js';
import { describeRecurrence, occurrenceInYear, type Recurrence } from '../domain/deadline.js';
import { capitalize } from './agency-list.js';
import { type DateToken, foldKeep, type PeriodToken, type ReportPeriod, tokenize } from './report-tokens.js';

/**
 * Report duties and their cycles: "định kỳ 06 tháng (trước ngày 10/5/2024), 01 năm
 * (trước ngày 30/10/2024)", "Báo cáo tháng trước ngày 14 của tháng; báo cáo quý trước
 * ngày 19 của tháng cuối quý; …". Each cycle becomes its own task row so that each has
 * its own deadline; cycles without any day stay together in one row (nothing to split on).
 */

export type { ReportPeriod } from './report-tokens.js';

export interface ReportCycle {
  period: ReportPeriod;
  /** Quarters named ("quý I và quý III"); null = every quarter or not a quarterly report. */
  quarters: number[] | null;
  /** "Báo cáo 6 tháng", used as the first words of the row's content. */
  label: string;
  /** The due phrase as written ("Trước ngày 10/5/2024"), "" when the document gives none. */
  deadlineText: string;
  rule: Recurrence | null;
  /** This plan's due date: an explicit date, or a yearly rule's date in the plan year. */
  date: string | null;
}

const LABELS: Record<ReportPeriod, string> = {
  day: 'Báo cáo ngày',
  week: 'Báo cáo tuần',
  month: 'Báo cáo tháng',
  quarter: 'Báo cáo quý',
  'half-year': 'Báo cáo 6 tháng',
  'nine-month': 'Báo cáo 9 tháng',
  year: 'Báo cáo năm',
};
const QUARTER_NAMES = ['', 'I', 'II', 'III', 'IV'];

function labelOf(p: PeriodToken): string {
  if (p.period === 'quarter' && p.quarters)
    return `Báo cáo ${p.quarters.map((q) => `quý ${QUARTER_NAMES[q]}`).join(' và ')}`;
  return LABELS[p.period];
}

function iso(year: number, month: number, day: number): string | null {
  const d = DateTime.fromObject({ year, month, day }, { zone: VN_ZONE });
  return d.isValid ? d.toISODate() : null;
}

function cycleOf(p: PeriodToken, d: DateToken | null, year: number | null): ReportCycle {
  const base = { period: p.period, quarters: p.quarters, label: labelOf(p) };
  // A daily report is due every day: its cycle is its deadline, with the hour when one is set.
  if (p.period === 'day') {
    const said = p.hour ?? d?.text;
    const text = said ? `${capitalize(said)} hằng ngày` : 'Hằng ngày';
    return { ...base, deadlineText: text, rule: { every: 'day', day: null }, date: null };
  }
  if (!d) return { ...base, deadlineText: '', rule: null, date: null };
  let rule: Recurrence | null = null;
  let date: string | null = null;
  if (d.weekday) {
    if (p.period === 'week') rule = { every: 'week', day: d.day };
  } else if (d.month === null) {
    if (p.period === 'month') rule = { every: 'month', day: d.day };
    else if (p.period === 'quarter' && d.ofQuarter !== null) {
      // Rule «next-quarter-report»: «báo cáo quý II trước ngày 05 của tháng đầu quý sau» is due in the
      // third quarter; named quarters move on by one, and one named quarter of a known year is a day.
      const quarters = d.nextQuarter && p.quarters ? p.quarters.map((q) => (q % 4) + 1) : p.quarters;
      rule = { every: 'quarter', quarters, monthOfQuarter: d.ofQuarter, day: d.day };
      const only = p.quarters?.length === 1 ? p.quarters[0] : undefined;
      if (only !== undefined && year !== null) {
        const due = quarters?.[0] ?? only;
        date = iso(year + (d.nextQuarter && only === 4 ? 1 : 0), (due - 1) * 3 + d.ofQuarter, d.day);
      }
    }
  } else {
    rule = { every: 'year', month: d.month, day: d.day };
    date = d.year !== null ? iso(d.year, d.month, d.day) : year !== null ? occurrenceInYear(rule, year) : null;
  }
  return { ...base, deadlineText: capitalize(d.text), rule, date };
}

/**
 * The report cycles named in a text. Dates are paired with the periods they follow
 * ("6 tháng, 9 tháng (trước ngày 20/6, ngày 20/9)" pairs in order); a period named
 * again without a date after being dated ("được lồng ghép vào báo cáo quý I …") is dropped.
 */
const YEARLY: PeriodToken = { kind: 'period', period: 'year', quarters: null, start: 0, end: 0 };
const WEEKLY: PeriodToken = { ...YEARLY, period: 'week' };
const MONTHLY: PeriodToken = { ...YEARLY, period: 'month' };
const QUARTERLY: PeriodToken = { ...YEARLY, period: 'quarter' };

export function findReportCycles(text: string, year: number | null, planDate: string | null = null): ReportCycle[] {
  const found = readCycles(text, year);
  // Rule «next-occurrence»: a yearly day written without its year («tổng kết năm học trước ngày 05/6»
  // in a plan of 15/9/2026) is first due when it next comes after the plan's date.
  return found.map((c) =>
    c.date !== null &&
    planDate !== null &&
    c.date < planDate &&
    c.rule?.every === 'year' &&
    !/\d{4}/.test(c.deadlineText)
      ? { ...c, date: occurrenceInYear(c.rule, Number(c.date.slice(0, 4)) + 1) }
      : c,
  );
}

function readCycles(text: string, year: number | null): ReportCycle[] {
  const tokens = tokenize(text);
  const cycles: ReportCycle[] = [];
  let pending: PeriodToken[] = [];
  for (let i = 0; i < tokens.length;) {
    const token = tokens[i];
    if (!token) break;
    if (token.kind === 'period') {
      pending.push(token);
      i += 1;
      continue;
    }
    const dates: DateToken[] = [];
    while (tokens[i]?.kind === 'date') dates.push(tokens[i++] as DateToken);
    // Rule «dated-yearly»: «báo cáo kết quả trước ngày 15/12 hằng năm» names no period word,
    // its date is the yearly cycle.
    // Rule «weekly»: so does «trước 16 giờ thứ Năm hằng tuần» for a weekly report, and «định kỳ
    // trước ngày 22 hằng tháng, các sở báo cáo …» for a monthly one.
    if (pending.length === 0) {
      // «trước ngày 10/6 và trước ngày 10/12 hằng năm»: the last day's «hằng năm» holds for the run.
      if (dates.some((x) => x.yearly))
        for (const d of dates) if (d.month !== null && d.year === null && !d.weekday) d.yearly = true;
      for (const d of dates.filter((x) => x.yearly)) cycles.push(cycleOf(YEARLY, d, year));
      for (const d of dates.filter((x) => x.weekly)) cycles.push(cycleOf(WEEKLY, d, year));
      for (const d of dates.filter((x) => x.monthly)) cycles.push(cycleOf(MONTHLY, d, year));
      // Rule «dated-quarterly»: «trước ngày 15 của tháng cuối quý» says the report is quarterly.
      for (const d of dates.filter((x) => x.ofQuarter !== null && x.month === null))
        cycles.push(cycleOf(QUARTERLY, d, year));
      continue;
    }
    // Rule «one-cycle-its-days»: «Định kỳ 6 tháng (trước ngày 10/6/2026 và trước ngày 10/11/2026)» — one
    // cycle, a report by each of its days (each with its year).
    const only = pending.length === 1 ? pending[0] : undefined;
    if (only && dates.length >= 2 && dates.every((d) => d.year !== null)) {
      for (const d of dates) cycles.push(cycleOf(only, d, year));
      pending = [];
      continue;
    }
    const undated = pending.slice(0, Math.max(0, pending.length - dates.length));
    const dated = pending.slice(undated.length);
    for (const p of undated) cycles.push(cycleOf(p, null, year));
    dated.forEach((p, k) => cycles.push(cycleOf(p, dates[k] ?? null, year)));
    pending = [];
  }
  for (const p of pending) cycles.push(cycleOf(p, null, year));
  // «tổng kết năm 2026 trước ngày 15/12/2026» is read both ways: one report, on that day.
  const dated = new Set(cycles.map((c) => c.date).filter((d) => d !== null));
  cycles.push(...milestoneReports(text).filter((c) => c.date === null || !dated.has(c.date)));
  const datedPeriods = new Set(cycles.filter((c) => c.deadlineText !== '').map((c) => c.period));
  const seen = new Set<string>();
  return cycles.filter((c) => {
    if (c.deadlineText === '' && datedPeriods.has(c.period)) return false;
    const key = `${c.label}|${c.deadlineText}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/**
 * Rule «milestone-reports»: «báo cáo giữa kỳ thực hiện Kế hoạch (năm 2030) và báo cáo tổng kết
 * (năm 2035)» are reports due once, by the end of the year named.
 */
// «báo cáo» or «hội nghị» is required: «giúp UBND tỉnh sơ kết, tổng kết công tác … trong năm 2024»
// names the work reviewed, not a report due.
// A day may follow («báo cáo tổng kết năm 2026 trước ngày 15/12/2026»): the report is due then.
const MILESTONE =
  /(?:bao cao |hoi nghi )(so ket|giua ky|tong ket)\b[^;.]{0,80}?\(?nam (\d{4})\)?(?:,?\s*\(?(?:truoc|cham nhat) (?:ngay )?(\d{1,2})\/(\d{1,2})\/(\d{4}))?/g;
const MILESTONE_LABELS: Record<string, string> = {
  'so ket': 'Báo cáo sơ kết',
  'giua ky': 'Báo cáo giữa kỳ',
  'tong ket': 'Báo cáo tổng kết',
};

/**
 * Rule «review-days»: «báo cáo Cục … sơ kết đợt cao điểm trước ngày 10/7/2026 và tổng kết trước
 * ngày 10/10/2026» asks for two reports, each by its day, after «báo cáo» and its addressee. One
 * review alone («…; báo cáo tổng kết đợt cao điểm trước ngày 05/7/2026») is a report clause of its own.
 */
const REVIEW_DAY =
  /(so ket|giua ky|tong ket)\b[^;.]{0,80}?(?:truoc|cham nhat) (?:ngay )?(\d{1,2})\/(\d{1,2})\/(\d{4})/g;

/** The reviews due by a day after «báo cáo»: two at least (one alone is read like every other report). */
function reviewDays(f: string): RegExpMatchArray[] {
  const asked = f.indexOf('bao cao');
  REVIEW_DAY.lastIndex = 0;
  const found = [...f.matchAll(REVIEW_DAY)].filter((m) => asked >= 0 && asked < (m.index ?? 0));
  return found.length >= 2 ? found : [];
}

function milestoneReports(text: string): ReportCycle[] {
  // matchAll starts at the pattern's lastIndex, which isReportClause's test() has moved: reset it.
  MILESTONE.lastIndex = 0;
  const f = foldKeep(text);
  const byYear = [...f.matchAll(MILESTONE)].map((m) => ({
    period: 'year' as const,
    quarters: null,
    label: MILESTONE_LABELS[m[1] ?? ''] ?? 'Báo cáo',
    deadlineText: m[3] ? `Trước ngày ${m[3]}/${m[4]}/${m[5]}` : `Năm ${m[2]}`,
    rule: null,
    date: m[3] ? iso(Number(m[5]), Number(m[4]), Number(m[3])) : iso(Number(m[2]), 12, 31),
  }));
  const byDay = reviewDays(f).map((m) => ({
    period: 'year' as const,
    quarters: null,
    label: MILESTONE_LABELS[m[1] ?? ''] ?? 'Báo cáo',
    deadlineText: `Trước ngày ${m[2]}/${m[3]}/${m[4]}`,
    rule: null,
    date: iso(Number(m[4]), Number(m[3]), Number(m[2])),
  }));
  const days = new Set(byYear.map((c) => c.date));
  return [...byYear, ...byDay.filter((c) => !days.has(c.date))];
}

/**
 * A report clause: it speaks of reporting or sending results, and names at least one cycle.
 * Rule «periodic-list»: «mỗi tháng gửi P.KT danh sách hộ kinh doanh được cấp mới … trước ngày 05 của
 * tháng sau» sends figures on a cycle without the word «báo cáo»: a report all the same.
 */
// (The addressee may be written in full: «gửi Phòng Kinh tế, Hạ tầng và Đô thị phường danh sách …»; «cung
// cấp … danh sách» sends as well. Information sent to the people, «gửi thông tin … đến từng hộ», is none.)
const SENDS = /bao cao|gui ve|gui so|\b(?:gui|cung cap)\b[^;]{0,80}?\b(?:danh sach|so lieu|ket qua)\b/;

export function isReportClause(text: string): boolean {
  const f = foldKeep(text);
  if (!SENDS.test(f)) return false;
  MILESTONE.lastIndex = 0;
  return (
    tokenize(text).some(
      (t) => t.kind === 'period' || (t.kind === 'date' && (t.yearly || t.weekly || t.monthly || t.ofQuarter !== null)),
    ) ||
    MILESTONE.test(f) ||
    reviewDays(f).length > 0
  );
}

/** Readable cycle of a row: the rule's text, or "Định kỳ 6 tháng, hằng năm" for undated cycles. */
export function cycleRecurrence(cycles: ReportCycle[]): string {
  if (cycles.length === 1 && cycles[0]?.rule) return describeRecurrence(cycles[0].rule);
  const names: Record<ReportPeriod, string> = {
    day: 'hằng ngày',
    week: 'hằng tuần',
    month: 'hằng tháng',
    quarter: 'hằng quý',
    'half-year': '6 tháng',
    'nine-month': '9 tháng',
    year: 'hằng năm',
  };
  return `Định kỳ ${[...new Set(cycles.map((c) => names[c.period]))].join(', ')}`;
}
