import { weekdayNamed } from '../domain/deadline.js';

/**
 * The words of a report duty that say when («định kỳ 06 tháng», «quý I và quý III», «trước ngày
 * 10/5», «thứ Sáu hằng tuần», «hằng ngày»), as tokens in the order written; report-cycles.ts pairs
 * each period with the date after it.
 */

export type ReportPeriod = 'day' | 'week' | 'month' | 'quarter' | 'half-year' | 'nine-month' | 'year';

/** Lower case without diacritics, same length as the input so positions map back. */
export function foldKeep(text: string): string {
  return [...text].map((c) => (c === 'đ' || c === 'Đ' ? 'd' : (c.normalize('NFD')[0] ?? c).toLowerCase())).join('');
}

const CORE =
  '(?:0?6 thang|0?9 thang|0?1 nam|nam|thang|tuan|quy(?: (?:iv|iii|ii|i|[1-4]))?(?: va quy (?:iv|iii|ii|i|[1-4]))*)';
// «báo cáo … kết quả thực hiện 6 tháng đầu năm 2026 (trước …) và cả năm (trước …)» names its cycles
// after «kết quả (thực hiện)» too, and after «kết quả thực hiện Kế hoạch 6 tháng (trước …)».
// «báo cáo Ban Thường vụ sơ kết 6 tháng (trước ngày 10/6/2026) và tổng kết năm (trước …)»: a review
// names its cycle too.
// «tổng kết năm 2026» reviews that one year: a milestone (below), not a cycle.
const TRIGGER = new RegExp(
  `(?:(?:bao cao|dinh ky|hang|moi|ket qua(?: thuc hien)?(?: ke hoach(?: nay)?)?) (?:hang )?(${CORE})(?![a-z])|(?:so ket|tong ket) (${CORE})(?![a-z])(?! \\d{4}))`,
  'y',
);
// «hằng quý và tổng kết năm (trước ngày 31/12/2026)»: «tổng kết»/«sơ kết» may name the next cycle.
const CONTINUE = new RegExp(
  `\\s*\\)?\\s*(?:,|va)\\s*(?:bao cao )?(?:(?:tong|so) ket |ca )?(${CORE})(?![a-z])(?! \\d{4})`,
  'y',
);
// («trước 15/6/2026» drops «ngày» before a day and month; «trước 16 giờ» is no day.)
const DATE =
  /truoc (?:ngay |(?=\d{1,2}\/\d))(\d{1,2})(?:\/(\d{1,2})(?:\/(\d{4}))?)?( (?:cua )?thang (?:dau(?: tien)?|thu hai|cuoi(?: cung)?) (?:cua )?quy(?: sau| tiep theo| ke tiep)?| cua thang| hang thang)?( hang nam| cua nam| moi nam)?/y;
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

export interface PeriodToken {
  kind: 'period';
  period: ReportPeriod;
  quarters: number[] | null;
  start: number;
  end: number;
  /** A daily report's hour as written («trước 16 giờ 00»). */
  hour?: string;
}
export interface DateToken {
  kind: 'date';
  /** Day of the month, or the ISO weekday when `weekday` is set. */
  day: number;
  /** «thứ Sáu»: `day` is a weekday (1 Monday … 7 Sunday), not a day of the month. */
  weekday: boolean;
  /** «thứ Sáu hằng tuần»: the day itself says the report is weekly. */
  weekly: boolean;
  month: number | null;
  year: number | null;
  /**
   * «trước ngày 15 của tháng cuối quý» (3), «trước ngày 05 của tháng đầu quý sau» (1, rule
   * «next-quarter-report»: the report on a quarter falls in the first month of the next, so it is due
   * on that day of every quarter's first month); null when the day names no month of a quarter.
   */
  ofQuarter: 1 | 2 | 3 | null;
  /** «… của tháng đầu quý sau»: the day falls in the quarter after the one reported on. */
  nextQuarter: boolean;
  /** «trước ngày 15/12 hằng năm»: the date itself says the report is yearly. */
  yearly: boolean;
  /** «trước ngày 22 hằng tháng»: the date itself says the report is monthly. */
  monthly: boolean;
  text: string;
  end: number;
}
export type Token = PeriodToken | DateToken;

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

export function tokenize(text: string): Token[] {
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
    ofQuarter: null,
    nextQuarter: false,
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
    ofQuarter: !(m[4] ?? '').includes('quy')
      ? null
      : (m[4] ?? '').includes('dau')
        ? 1
        : (m[4] ?? '').includes('thu hai')
          ? 2
          : 3,
    nextQuarter: /quy (?:sau|tiep theo|ke tiep)/.test(m[4] ?? ''),
    yearly: /hang nam|moi nam/.test(m[5] ?? '') && m[2] !== undefined,
    monthly: m[4] === ' hang thang' && m[2] === undefined,
    text: foldKeep(text).startsWith('truoc') ? text : `trước ${text}`,
    end,
  };
}
