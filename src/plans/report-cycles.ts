import { DateTime } from 'luxon';
import { VN_ZONE } from '../domain/clock.js';
import { describeRecurrence, occurrenceInYear, type Recurrence, weekdayNamed } from '../domain/deadline.js';
import { capitalize } from './agency-list.js';

/**
 * Report duties and their cycles: "định kỳ 06 tháng (trước ngày 10/5/2024), 01 năm
 * (trước ngày 30/10/2024)", "Báo cáo tháng trước ngày 14 của tháng; báo cáo quý trước
 * ngày 19 của tháng cuối quý; …". Each cycle becomes its own task row so that each has
 * its own deadline; cycles without any day stay together in one row (nothing to split on).
 */

export type ReportPeriod = 'day' | 'week' | 'month' | 'quarter' | 'half-year' | 'nine-month' | 'year';

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

/** Lower case without diacritics, same length as the input so positions map back. */
function foldKeep(text: string): string {
  return [...text].map((c) => (c === 'đ' || c === 'Đ' ? 'd' : (c.normalize('NFD')[0] ?? c).toLowerCase())).join('');
}

const CORE =
  '(?:0?6 thang|0?9 thang|0?1 nam|nam|thang|tuan|quy(?: (?:iv|iii|ii|i|[1-4]))?(?: va quy (?:iv|iii|ii|i|[1-4]))*)';
// «báo cáo … kết quả thực hiện 6 tháng đầu năm 2026 (trước …) và cả năm (trước …)» names its cycles
// after «kết quả (thực hiện)» too.
// «báo cáo Ban Thường vụ sơ kết 6 tháng (trước ngày 10/6/2026) và tổng kết năm (trước …)»: a review
// names its cycle too.
// «tổng kết năm 2026» reviews that one year: a milestone (below), not a cycle.
const TRIGGER = new RegExp(
  `(?:(?:bao cao|dinh ky|hang|moi|ket qua(?: thuc hien)?) (?:hang )?(${CORE})(?![a-z])|(?:so ket|tong ket) (${CORE})(?![a-z])(?! \\d{4}))`,
  'y',
);
// «hằng quý và tổng kết năm (trước ngày 31/12/2026)»: «tổng kết»/«sơ kết» may name the next cycle.
const CONTINUE = new RegExp(
  `\\s*\\)?\\s*(?:,|va)\\s*(?:bao cao )?(?:(?:tong|so) ket |ca )?(${CORE})(?![a-z])(?! \\d{4})`,
  'y',
);
const DATE =
  /truoc ngay (\d{1,2})(?:\/(\d{1,2})(?:\/(\d{4}))?)?( cua thang cuoi quy| cua thang| hang thang)?( hang nam| cua nam| moi nam)?/y;
const DATE_CONTINUE = /,?\s*(?:va )?ngay (\d{1,2})\/(\d{1,2})(?:\/(\d{4}))?/y;
// The day of a weekly report: «(thứ Sáu)», «trước 16 giờ thứ Năm», «vào sáng thứ Hai hằng tuần». A
// word before it (or «hằng tuần» after it) is required: «tháng thứ hai của quý» is no weekday.
const DAY_NAME = '(thu (?:hai|ba|tu|nam|sau|bay|[2-7])|chu nhat)(?![a-z0-9])';
const BEFORE_DAY = '(?:(?:truoc|vao|sang|chieu|ngay) |\\d{1,2} gio(?: \\d{1,2})? )';
const WEEKDAY_AFTER = new RegExp(
  `(?:\\(\\s*${BEFORE_DAY}*|${BEFORE_DAY}+)${DAY_NAME}(?: (?:hang|moi|cua) tuan)?\\)?`,
  'y',
);
const WEEKDAY_EVERY = new RegExp(`${DAY_NAME} (?:hang|moi) tuan`, 'y');
// «báo cáo … trước 16 giờ 00 hằng ngày» (a Công điện): a daily report, by that hour.
const DAILY = /(?:(truoc \d{1,2} gio(?: \d{1,2})?) )?(?:hang|moi) ngay(?![a-z])/y;

interface PeriodToken {
  kind: 'period';
  period: ReportPeriod;
  quarters: number[] | null;
  start: number;
  end: number;
  /** A daily report's hour as written («trước 16 giờ 00»). */
  hour?: string;
}
interface DateToken {
  kind: 'date';
  /** Day of the month, or the ISO weekday when `weekday` is set. */
  day: number;
  /** «thứ Sáu»: `day` is a weekday (1 Monday … 7 Sunday), not a day of the month. */
  weekday: boolean;
  /** «thứ Sáu hằng tuần»: the day itself says the report is weekly. */
  weekly: boolean;
  month: number | null;
  year: number | null;
  ofQuarter: boolean;
  /** «trước ngày 15/12 hằng năm»: the date itself says the report is yearly. */
  yearly: boolean;
  /** «trước ngày 22 hằng tháng»: the date itself says the report is monthly. */
  monthly: boolean;
  text: string;
  end: number;
}
type Token = PeriodToken | DateToken;

const ROMAN: Record<string, number> = { i: 1, ii: 2, iii: 3, iv: 4 };

function periodOf(core: string, start: number, end: number): PeriodToken {
  const base = { kind: 'period' as const, start, end, quarters: null };
  if (core.startsWith('quy')) {
    const quarters = [...core.matchAll(/quy (iv|iii|ii|i|[1-4])/g)].map((m) => ROMAN[m[1] ?? ''] ?? Number(m[1]));
    return { ...base, period: 'quarter', quarters: quarters.length > 0 ? quarters : null };
  }
  if (/^0?6 thang$/.test(core)) return { ...base, period: 'half-year' };
  if (/^0?9 thang$/.test(core)) return { ...base, period: 'nine-month' };
  if (core === 'thang') return { ...base, period: 'month' };
  if (core === 'tuan') return { ...base, period: 'week' };
  return { ...base, period: 'year' };
}

// «… báo cáo …» before it, or «định kỳ» right before it («Định kỳ hằng ngày, các xã báo cáo …»).
const reported = (folded: string, at: number): boolean =>
  /\b(?:bao cao|gui)\b/.test(folded.slice(0, at)) || /\bdinh ky,?\s*$/.test(folded.slice(0, at));

// Rule «weekly-before-report»: «; hằng tuần (vào chiều thứ Sáu) báo cáo tiến độ về Sở …» names the
// rhythm first and the report right after it; not a report that names its own time («… hằng tuần (vào
// chiều Chủ nhật), báo cáo tổng kết … trong tháng 11» does a thing weekly and reports once).
const reportFollows = (folded: string, at: number): boolean => {
  const m = /^\s*(?:\([^)]{0,40}\)\s*)?,?\s*(?:bao cao|gui bao cao)\b([^;.]*)/.exec(folded.slice(at));
  // («…, báo cáo tổng kết … trong tháng 11/2026» reports once, at its own time.)
  return m !== null && !/\b(?:trong |truoc |den )?(?:ngay \d|thang \d|quy [ivx\d]|nam \d)/.test(m[1] ?? '');
};

function tokenize(text: string): Token[] {
  const f = foldKeep(text);
  const tokens: Token[] = [];
  let i = 0;
  const tryAt = (re: RegExp, at: number): RegExpExecArray | null => {
    re.lastIndex = at;
    return re.exec(f);
  };
  while (i < f.length) {
    const last = tokens[tokens.length - 1];
    let m: RegExpExecArray | null;
    if (last && last.end === i && (m = tryAt(CONTINUE, i))) {
      tokens.push(periodOf(m[1] ?? '', i, CONTINUE.lastIndex));
      i = CONTINUE.lastIndex;
    } else if (last?.kind === 'date' && last.end === i && (m = tryAt(DATE_CONTINUE, i))) {
      tokens.push(dateToken(m, text.slice(i, DATE_CONTINUE.lastIndex), DATE_CONTINUE.lastIndex));
      i = DATE_CONTINUE.lastIndex;
    } else if (
      (i === 0 || !/[a-z0-9]/.test(f[i - 1] ?? '')) &&
      (m = tryAt(TRIGGER, i)) &&
      ((m[1] ?? m[2]) !== 'tuan' || reported(f, i) || /^dinh ky/.test(m[0]) || reportFollows(f, TRIGGER.lastIndex))
    ) {
      tokens.push(periodOf(m[1] ?? m[2] ?? '', i, TRIGGER.lastIndex));
      i = TRIGGER.lastIndex;
    } else if (
      // A day or a weekday is a report's only after «báo cáo» / «gửi»: «theo dõi hằng ngày tình hình
      // …, báo cáo …», «họp giao ban sáng thứ Hai hằng tuần …, báo cáo …» are the work's rhythm.
      reported(f, i) &&
      (i === 0 || !/[a-z0-9]/.test(f[i - 1] ?? '')) &&
      (m = tryAt(DAILY, i))
    ) {
      const daily: PeriodToken = { kind: 'period', period: 'day', quarters: null, start: i, end: DAILY.lastIndex };
      if (m[1]) daily.hour = text.slice(i, i + m[1].length);
      tokens.push(daily);
      i = DAILY.lastIndex;
    } else if (reported(f, i) && (m = tryAt(WEEKDAY_EVERY, i) ?? tryAt(WEEKDAY_AFTER, i))) {
      const sticky = WEEKDAY_EVERY.lastIndex > i ? WEEKDAY_EVERY : WEEKDAY_AFTER;
      const end = sticky.lastIndex;
      tokens.push(weekdayToken(m[1] ?? '', text.slice(i, end), end));
      i = end;
    } else if ((m = tryAt(DATE, i))) {
      tokens.push(dateToken(m, text.slice(i, DATE.lastIndex), DATE.lastIndex));
      i = DATE.lastIndex;
    } else i += 1;
  }
  return tokens;
}

function weekdayToken(name: string, raw: string, end: number): DateToken {
  const text = raw.replace(/^[\s(]+|[\s)]+$/g, '');
  const folded = foldKeep(text);
  return {
    kind: 'date',
    day: weekdayNamed(name) ?? 1,
    weekday: true,
    weekly: / (?:hang|moi) tuan$/.test(folded),
    month: null,
    year: null,
    ofQuarter: false,
    yearly: false,
    monthly: false,
    text: text.replace(/,?\s*(?:hằng|hàng|mỗi|của) tuần$/u, ''),
    end,
  };
}

function dateToken(m: RegExpExecArray, raw: string, end: number): DateToken {
  const text = raw.replace(/^[,\s]*(?:và\s+)?/, '').trim();
  return {
    kind: 'date',
    weekday: false,
    weekly: false,
    day: Number(m[1]),
    month: m[2] ? Number(m[2]) : null,
    year: m[3] ? Number(m[3]) : null,
    ofQuarter: (m[4] ?? '').includes('quy'),
    yearly: /hang nam|moi nam/.test(m[5] ?? '') && m[2] !== undefined,
    monthly: m[4] === ' hang thang' && m[2] === undefined,
    text: foldKeep(text).startsWith('truoc') ? text : `trước ${text}`,
    end,
  };
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
    else if (p.period === 'quarter' && d.ofQuarter) {
      rule = { every: 'quarter', quarters: p.quarters, monthOfQuarter: 3, day: d.day };
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

export function findReportCycles(text: string, year: number | null): ReportCycle[] {
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
      for (const d of dates.filter((x) => x.yearly)) cycles.push(cycleOf(YEARLY, d, year));
      for (const d of dates.filter((x) => x.weekly)) cycles.push(cycleOf(WEEKLY, d, year));
      for (const d of dates.filter((x) => x.monthly)) cycles.push(cycleOf(MONTHLY, d, year));
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

function milestoneReports(text: string): ReportCycle[] {
  // matchAll starts at the pattern's lastIndex, which isReportClause's test() has moved: reset it.
  MILESTONE.lastIndex = 0;
  return [...foldKeep(text).matchAll(MILESTONE)].map((m) => ({
    period: 'year' as const,
    quarters: null,
    label: MILESTONE_LABELS[m[1] ?? ''] ?? 'Báo cáo',
    deadlineText: m[3] ? `Trước ngày ${m[3]}/${m[4]}/${m[5]}` : `Năm ${m[2]}`,
    rule: null,
    date: m[3] ? iso(Number(m[5]), Number(m[4]), Number(m[3])) : iso(Number(m[2]), 12, 31),
  }));
}

/** A report clause: it speaks of reporting or sending results, and names at least one cycle. */
export function isReportClause(text: string): boolean {
  const f = foldKeep(text);
  if (!/bao cao|gui ve|gui so/.test(f)) return false;
  MILESTONE.lastIndex = 0;
  return (
    tokenize(text).some((t) => t.kind === 'period' || (t.kind === 'date' && (t.yearly || t.weekly || t.monthly))) ||
    MILESTONE.test(f)
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
