import { type DeadlineContext, normalizeDeadline } from '../domain/deadline.js';
import { capitalize } from './agency-list.js';
import type { DraftTask, ReadContext } from './types.js';

/**
 * The deadline a duty writes in its own words («Thời gian hoàn thành trước ngày 15/8/2024», «trong
 * quý IV/2025», «theo tiến độ của Bộ …») and how it becomes a draft's Hạn xử lý. Every layout reads
 * deadlines this way (duty.ts re-exports both functions for them).
 */

/**
 * Deadline words written inside a duty: "Thời gian hoàn thành trước ngày 15/8/2024", "theo tiến độ
 * của Bộ …". `dDay`: the plan names a «ngày D», so «D-30» marks are dates (rule «d-day»); in any
 * other plan «D-19» is a name («COVID-19», «khu vực D-2»).
 */
export function findDeadlinePhrase(text: string, options: { dDay?: boolean } = {}): string {
  const phases = phasesPhrase(text);
  const first = firstDeadlinePhrase(text, options.dDay === true);
  const single = (first && latestDatedPhrase(text, first, options.dDay === true)) ?? first ?? observanceDay(text);
  if (phases && (single === null || phases.at <= single.at)) return capitalize(phases.text);
  return single ? capitalize(single.text.trim().replace(/[\s,]+$/, '')) : '';
}

/** Words that date a thing, not the work: «giấy phép hết hạn trước …», «được cấp trước …», «vào ngày» of an event. */
const THING_TIME =
  /(?:hết hạn|có hiệu lực|được cấp|được giao đất|kỳ họp|hội nghị)\s[^;,]*$|(?:hết hạn|có hiệu lực|được cấp)$/u;

/** A time that ends a report or a target («báo cáo … trước ngày», «phấn đấu …», «đến hết …»), not a step. */
function notAStep(clauseBefore: string, phrase: string): boolean {
  return /^(?:đến|tới|vào)\s/iu.test(phrase) || /báo cáo|phấn đấu/iu.test(clauseBefore);
}

/**
 * Rule «latest-of-several»: one duty that names two dates («công bố trước ngày 30/6/2026; …, trình
 * … trước ngày 15/7/2026», «thông báo danh mục trước ngày 30/6/2026, tuyển chọn xong trong Quý
 * IV/2026») is done when its last step is, as a range is due at its end. Only dates with their
 * year are compared; a report cut off the duty has its own row already (duty.ts).
 */
function latestDatedPhrase(
  text: string,
  first: { at: number; start: number; text: string },
  dDay: boolean,
): { at: number; start: number; text: string } | null {
  const dateOf = (phrase: string): string | null => normalizeDeadline(phrase, { year: null }).date;
  let best = first;
  let bestDate = dateOf(first.text);
  let from = first.start + first.text.length;
  for (let n = 0; n < 6 && from < text.length; n += 1) {
    const next = firstDeadlinePhrase(text.slice(from), dDay);
    if (!next) break;
    const found = { at: from + next.at, start: from + next.start, text: next.text };
    // Only within the same sentence, and only a step's own time: not a report's time (its row is
    // cut off apart), nor a target the work aims at («phấn đấu đến hết ngày 31/01/2027 …»).
    const between = text.slice(first.start + first.text.length, found.start);
    if (/[.;]\s+\p{Lu}/u.test(text.slice(first.start, found.start))) break;
    // A next step is a clause of its own («…; trình … trước ngày 15/7/2026»), not a purpose («để kịp
    // trình HĐND … vào ngày 10/12/2026») nor a word about a thing («giấy phép hết hạn trước …»).
    const clause = text.slice(0, found.start).split(/[;,]/u).pop() ?? '';
    const step = /[;,]|\svà\s/u.test(` ${between}`) && !/\sđể\s/u.test(` ${between}`) && !THING_TIME.test(clause);
    const date = !step || notAStep(clause, found.text) ? null : dateOf(found.text);
    if (date !== null && (bestDate === null ? best === first && dateOf(first.text) !== null : date > bestDate)) {
      best = found;
      bestDate = date;
    }
    from = found.start + Math.max(1, found.text.length);
  }
  return best === first || dateOf(first.text) === null ? null : best;
}

/** The deadline wording of a duty, read as its plan reads marks (its «ngày D», if it names one). */
export function deadlinePhraseIn(text: string, ctx: ReadContext): string {
  return findDeadlinePhrase(text, { dDay: Boolean(ctx.dDay) });
}

/**
 * Rule «observance-day»: «hưởng ứng Ngày Nước thế giới (22/3/2026) và Ngày Môi trường thế giới
 * (05/6/2026)» — the named day is when the work is done (domain/deadline.ts), but only when the duty
 * says no time of its own: «kỷ niệm Ngày sinh Chủ tịch Hồ Chí Minh (19/5/1890), hoàn thành trước
 * ngày 15/5/2026» is due on the 15th.
 */
function observanceDay(text: string): { at: number; start: number; text: string } | null {
  const m =
    /Ngày\s+[^()\n.;]{2,80}?\s*\(\d{1,2}\/\d{1,2}\/\d{4}\)(?:\s*(?:và|,)\s*Ngày\s+[^()\n.;]{2,80}?\s*\(\d{1,2}\/\d{1,2}\/\d{4}\))*/u.exec(
      text,
    );
  return m ? { at: m.index, start: m.index, text: m[0] } : null;
}

/** Rule «d-day»: «(ngày D)», «hoàn thành D-30», «từ D-1 đến hết ngày D», «trong ngày D-1 và ngày D». */
const D_DAY_PATTERNS = [
  /\((ngày D)\)/u,
  /((?:(?:hoàn thành|chậm nhất|trước|trong|từ|vào)\s+)?(?:ngày\s+)?(?<![\p{L}\d])D\s*[-+]\s*\d{1,3}(?:\s*\([^()]*\))?(?:\s*(?:đến(?: hết)?|và|-)\s*(?:ngày\s+)?D(?:\s*[-+]\s*\d{1,3})?(?![\p{L}\d]))?)/u,
];

/**
 * Rule «phases»: work done in rounds names each round's time («đợt 1 hoàn thành trước ngày
 * 15/7/2026, đợt 2 hoàn thành trước ngày 15/10/2026»): the deadline text runs from the first round
 * to the last round's time, and is read as due at the end of the last (domain/deadline-spans.ts).
 */
function phasesPhrase(text: string): { at: number; text: string } | null {
  const start = /đợt\s+(?:1|01|I|một)(?=[\s:,])/iu.exec(text);
  if (!start) return null;
  // The rounds are one clause: they end at «;», a closing bracket or a sentence's full stop.
  const after = text.slice(start.index);
  // («…/2026; đợt 2 …»: a «;» before the next round does not end them.)
  const stop = [...after.matchAll(/[;)]|\.(?=\s|$)/gu)].find(
    (m) => !/^\s*(?:và\s+)?đợt\s/iu.test(after.slice(m.index + 1)),
  );
  const rest = stop && stop.index > 0 ? after.slice(0, stop.index) : after;
  const marks = [...rest.matchAll(/đợt\s+(?:\d{1,2}|[IVX]{1,3}|một|hai|ba)(?=[\s:,])/giu)].map((m) => m.index);
  if (marks.length < 2) return null;
  let end = -1;
  for (const [k, from] of marks.entries()) {
    const segment = rest.slice(from, marks[k + 1] ?? rest.length);
    const found = firstDeadlinePhrase(segment);
    // Every round has its own date, or the rounds are not how the work is timed.
    if (!found || !normalizeDeadline(found.text, { year: null }).date) return null;
    end = from + found.start + found.text.trimEnd().length;
  }
  return {
    at: start.index,
    text: rest
      .slice(0, end)
      .trim()
      .replace(/[\s,;]+$/, ''),
  };
}

/** The earliest deadline wording in a text: where its match starts and where the wording does. */
function firstDeadlinePhrase(text: string, dDay = false): { at: number; start: number; text: string } | null {
  const cycle = '(?:\\s+(?:hằng|hàng|mỗi)\\s+(?:năm|tháng|quý))?';
  // A day as «15/5(/2026)», or with its year as «15.5.2026», «15-5-2026» (rule «dash-and-dot-dates»).
  const day = '(?:\\d{1,2}\\/\\d{1,2}(?:\\/\\d{4})?|\\d{1,2}(?<sep>[.-])\\d{1,2}\\k<sep>\\d{4})';
  const patterns = [
    /thời (?:gian|hạn) (?:hoàn thành|thực hiện)\s*:?\s*([^.;]+)/iu,
    // «… bảo đảm đúng thời hạn quy định» says how, not by when.
    /(?<!đúng\s)thời hạn\s*:?\s*([^.;]+)/iu,
    // «…; Thời gian: trong tháng 3/2026» (a duty's own time line, rule «time-after-duty»).
    // «…; thời gian giám sát: Quý II/2027» (a supervision's or an inspection's own time).
    /thời gian(?:\s\p{Ll}+){0,2}\s*:\s*([^.;]+)/iu,
    // «trước 17 giờ 00 ngày 16/01/2026»: the hour of a day is finer than a deadline cell keeps.
    new RegExp(
      `((?:hoàn thành\\s+)?(?:trước|chậm nhất(?: là)?(?: trước)?|không quá)\\s+(?:\\d{1,2}\\s*(?:giờ|h)(?:\\s*\\d{1,2})?(?:\\s*phút)?,?\\s+)?ngày\\s+${day}${cycle})`,
      'iu',
    ),
    new RegExp(
      `((?:hoàn thành\\s+)?(?:trước|chậm nhất(?: là)?(?: trước)?) ngày\\s+\\d{1,2} tháng \\d{1,2}(?: năm \\d{4})?${cycle})`,
      'iu',
    ),
    // «hoàn thành trước 31/12» (no «ngày»), «xong truoc 15/8» (typed without its marks).
    new RegExp(`((?:hoàn thành\\s+|xong\\s+)?(?:trước|truoc|chậm nhất(?: là)?)\\s+${day})(?![\\d/.-]\\d)`, 'iu'),
    // «xong cuối tháng 10», «hoàn thành vào cuối năm», «trong tuần này» (a commune's loose words).
    // «xong trong đầu quý III» (rule «part-of-quarter»).
    /((?:xong|hoàn thành)\s+(?:trong\s+|vào\s+|trước\s+)?(?:cuối|đầu|giữa) (?:tháng \d{1,2}|quý (?:[IVX]{1,3}|[1-4]))(?:\/\d{4}| năm \d{4})?)/iu,
    // «… bảo đảm sẵn sàng đóng, mở đầu tháng 9/2026», «trình … cuối tháng 8/2026»: a part of a month
    // with its year, not counted from or to («từ đầu tháng …», «tính đến cuối tháng …»).
    // («mưa lũ xảy ra trong tháng 8 và đầu tháng 9/2026»: when something happened, in a run of months.)
    /(?<!(?:từ|đến|tới|tính đến|kể từ|và|xảy ra)\s)((?:vào\s+)?(?:đầu|giữa|cuối) tháng \d{1,2}\/\d{4})/iu,
    /((?:vào|đến)\s+cuối năm(?: \d{4})?)/iu,
    /((?:xong\s+)?trong tuần này)/iu,
    // «(hoàn thành) trong tháng 11/2025», «trong quý IV/2025»; a year only after «hoàn thành»:
    // «tổng kết công tác dân vận trong năm 2023» says what is reviewed, not by when.
    // «trong tháng 10 và tháng 11/2026», «trong tháng 3 - 4/2026»: the last month.
    /((?:hoàn thành\s+)?trong (?:tháng \d{1,2}(?:\s*(?:-|và|,)\s*(?:tháng\s+)?\d{1,2})?(?:\/| năm )\d{4}|quý (?:[IVX]{1,3}|[1-4])(?:\/| năm )\d{4}|\d{1,2} tháng (?:đầu|cuối) năm \d{4})|hoàn thành trong năm \d{4})/iu,
    // «hoàn thành toàn bộ dự án trong năm 2027»: the year the completion names.
    // («… hoàn thành xuất sắc nhiệm vụ trong năm 2025» praises a year's work: no deadline.)
    // «phấn đấu cấp được 200 giấy trong năm 2026»: a target of the year is due by its end.
    // («phấn đấu số thu vượt mức đạt được trong năm 2025»: last year's figure is the baseline.)
    /(?<=(?:hoàn thành(?!\s+(?:xuất sắc|tốt))|phấn đấu)(?:\s+(?!đạt được|so với|vượt|cùng kỳ)(?:[^\s,;.]|\.(?=\d))+){1,8}\s+)(trong năm \d{4})/iu,
    /(theo tiến độ (?:của|do)\s+[^.;,]+)/iu,
    // «hoàn thành trước Tết Nguyên đán (Bính Ngọ)»: the day before Tết (domain/tet.ts).
    /((?:hoàn thành\s+)?trước Tết(?: Nguyên đán)?(?: (?:Ất Tỵ|Bính Ngọ|Đinh Mùi|Mậu Thân|Kỷ Dậu|Canh Tuất))?(?: (?:năm )?\d{4})?)/u,
    // «từ mùng 1 đến hết mùng 3 Tết Bính Ngọ», «mùng 6 tháng Giêng» (domain/tet.ts, deadline-lunar.ts).
    /((?:từ\s+)?mùng\s+\d{1,2}(?:\s+(?:đến(?: hết)?|-)\s+mùng\s+\d{1,2})?\s+(?:Tết(?: Nguyên đán)?|tháng Giêng)(?:\s+(?:năm\s+)?\p{Lu}\p{Ll}+ \p{Lu}\p{Ll}+)?)/u,
    // «trong vòng 15 ngày kể từ ngày Kế hoạch được ban hành», «chậm nhất 15 ngày kể từ …» (domain/deadline-relative.ts).
    /((?:trong vòng|trong thời hạn|trong|chậm nhất(?: là)?|không quá)\s+\d{1,3}\s+ngày(?: làm việc)?\s+(?:kể từ|tính từ)\s+ngày\s+[^.;,]+)/iu,
    // «tổ chức Lễ phát động … vào ngày 22/02/2026», «vào 14 giờ 00 ngày 22/5/2026»: the day the work is done.
    /(vào (?:\d{1,2}\s*(?:giờ|h)(?:\s*\d{1,2})?(?:\s*phút)?,?\s+)?(?:ngày\s+)?\d{1,2}\/\d{1,2}\/\d{4})/iu,
    // «trong tuần đầu tiên của tháng 3/2026».
    /((?:trong\s+)?tuần (?:đầu tiên|đầu|thứ nhất|thứ hai|thứ ba|cuối cùng|cuối) (?:của )?tháng \d{1,2}(?:\/\d{4}| năm \d{4})?)/iu,
    // «đến hết năm 2026», «đến hết tháng 6/2026».
    /((?:đến|tới) hết (?:năm \d{4}|tháng \d{1,2}(?:\/| năm )\d{4}|ngày \d{1,2}\/\d{1,2}\/\d{4}))/iu,
    // «từ tháng 3 đến tháng 5/2026».
    /(từ tháng \d{1,2}(?:\/\d{4})? đến (?:hết )?tháng \d{1,2}(?:\/| năm )\d{4})/iu,
    // «tổ chức kiểm tra từ ngày 05/01/2026 đến ngày 10/02/2026»: the end of the span; also «trong các
    // ngày từ 24/4 đến 26/4/2026», where «ngày» is said once before the span.
    /(từ ngày \d{1,2}(?:\/\d{1,2}(?:\/\d{4})?)? đến (?:hết )?ngày \d{1,2}(?:\/\d{1,2}\/\d{4}| tháng \d{1,2} năm \d{4}))/iu,
    /(?:trong (?:các )?ngày\s+)(từ \d{1,2}\/\d{1,2}(?:\/\d{4})? đến (?:hết )?\d{1,2}\/\d{1,2}\/\d{4})/iu,
    // Rule «at-the-meeting»: «báo cáo Chủ tịch UBND tỉnh tại phiên họp thường kỳ tháng 6/2026» is due
    // by that month's meeting: the month.
    // («… tại cuộc họp giao ban tháng 12/2026», «… tại cuộc họp giao ban ngày 16/3/2026».)
    // («… tại phiên họp UBND tỉnh tháng 7/2026»: whose meeting, a few words.)
    /(tại (?:phiên|kỳ|cuộc) họp(?: giao ban| thường kỳ| thường lệ| định kỳ)?(?: (?!tháng|ngày)[^\s,;.]+){0,4}? (?:tháng \d{1,2}(?:\/| năm )\d{4}|ngày \d{1,2}\/\d{1,2}\/\d{4}))/iu,
    // Rule «days-before-event»: «chậm nhất 20 ngày trước ngày khai mạc kỳ họp … (dự kiến khai mạc
    // ngày 08/12/2026)».
    /((?:chậm nhất(?: là)?|trước)\s+\d{1,3}\s+ngày(?: làm việc)?\s+trước (?:ngày|khi)\s[^()]{3,160}\([^()]*?\d{1,2}\/\d{1,2}\/\d{4}\s*\))/iu,
    // «kiểm tra xong trong ngày 24/9/2026»: done within that day.
    /((?:xong|hoàn thành)\s+trong ngày\s+\d{1,2}\/\d{1,2}\/\d{4})/iu,
    // «chậm nhất đến ngày 31/12/2026»: the latest day, said with «đến».
    /(chậm nhất(?: là)? đến (?:hết )?ngày\s+\d{1,2}\/\d{1,2}\/\d{4})/iu,
    // Rule «event-day»: «Hội thi dự kiến tổ chức ngày 18/9/2026», «tổ chức Lễ ra quân vào sáng Chủ
    // nhật, ngày 20/9/2026»: the day the event the duty holds takes place. (Not a document's date:
    // «Kế hoạch số 12/KH-UBND ngày 05/3/2026» has no such verb before it.)
    /(?<=(?:tổ chức|diễn ra|khai mạc|ra quân)(?:\s+(?!số\s)[^\s,;.]+){0,5},?\s+)(?:(?:sáng|chiều|tối)\s+)?(?:(?:thứ\s+\p{L}+|Chủ nhật),\s+)?(ngày\s+\d{1,2}\/\d{1,2}\/\d{4})(?!\s*(?:của|về|số))/iu,
    /(?<=(?:tổ chức|diễn ra|khai mạc|ra quân)(?:\s+(?!số\s)[^\s,;.]+){0,5}\s+vào\s+)(?:(?:sáng|chiều|tối)\s+)?(?:thứ\s+\p{L}+|Chủ nhật),\s+(ngày\s+\d{1,2}\/\d{1,2}\/\d{4})/iu,
    // «trực tại các điểm thi trong các ngày 03 - 04/6/2026»: the last day.
    // («trong các ngày 30/5 - 01/6/2026» across two months; «trong ngày 03 và 04/6/2026».)
    /((?:trong|vào) (?:các |hai |02 )?ngày\s+\d{1,2}(?:\/\d{1,2})?\s*(?:[-–,]|và)\s*\d{1,2}\/\d{1,2}\/\d{4})/iu,
  ];
  let best: { at: number; start: number; text: string } | null = null;
  for (const re of dDay ? [...patterns, ...D_DAY_PATTERNS] : patterns) {
    const m = re.exec(text);
    if (m && (best === null || m.index < best.at)) {
      const phrase = m[1] ?? '';
      best = { at: m.index, start: m.index + Math.max(0, m[0].indexOf(phrase)), text: phrase };
    }
  }
  return best;
}

/**
 * Rule «milestone-cell»: a time cell or field may name the milestone with its date («Bàn giao 100%
 * mặt bằng trước ngày 30/4/2026», «Khởi công gói thầu số 3 trong tháng 5/2026»): when the whole
 * text is no deadline, the deadline phrase inside it is. The text stays as written.
 */
function milestoneDeadline(text: string, ctx: ReadContext): ReturnType<typeof normalizeDeadline> {
  const context = deadlineContext(ctx);
  const whole = normalizeDeadline(text, context);
  if (whole.understood || NOT_A_MILESTONE.test(text.trim())) return whole;
  // In a time cell a period named bare at its end is the milestone's («… Quý III/2026»).
  const bare = text.match(/(?:[Qq]uý\s+[IVX]{1,3}|[Tt]háng\s+\d{1,2})(?:\/|\s+năm\s+)\d{4}\.?$/u)?.[0];
  const phrase = deadlinePhraseIn(text, ctx) || (bare ?? '') || oneDayIn(text);
  if (phrase === '' || phrase.length >= text.length) return whole;
  // After an event («Sau cuộc bầu cử …, hoàn thành trong tháng 7/2026») only a completion counts.
  if (AFTER_EVENT.test(text.trim()) && !/^hoàn thành\s/iu.test(phrase)) return whole;
  const inner = normalizeDeadline(phrase, context);
  return inner.understood && inner.date !== null ? inner : whole;
}

/**
 * A milestone opens with the work to be done («Bàn giao …», «Khởi công …», «Hoàn thành …»), not
 * with a span, a cycle or a reference, whose date says something else: «Từ tháng 01/2026 đến khi
 * hoàn thành», «Thường xuyên; báo cáo … trước ngày 15/12/2026», «Căn cứ Quyết định … tháng 3/2025»,
 * «Theo …», «Định kỳ …» stay without a date (and are reported).
 */
/**
 * Rule «one-day-in-cell»: a time cell that names its milestone and one whole day («Tổng duyệt
 * ngày 26/5/2026», «Chủ nhật, ngày 24/5/2026») is due that day. Not when it counts from the day
 * («sau ngày …», «kể từ ngày …»), nor when it names two.
 */
function oneDayIn(text: string): string {
  const days = [...text.matchAll(/(?:ngày\s+)?\d{1,2}\/\d{1,2}\/\d{4}/gu)];
  const day = days[0];
  if (days.length !== 1 || !day) return '';
  const before = text.slice(0, day.index).trim();
  // Counted from the day, after it, or a document's own date («Thực hiện theo Công văn số 123/UBND-VX
  // ngày 20/01/2026»): no deadline.
  if (/^(?:sau|theo|thực hiện theo)\s/iu.test(text.trim()) || /(?:sau|từ|kể từ|tính từ)$/iu.test(before)) return '';
  return /\bsố\s+\d+\/\S+\s+(?:ngày\s*)?$/iu.test(before) ? '' : day[0];
}

const NOT_A_MILESTONE = /^(?:từ|thường xuyên|căn cứ|theo|định kỳ|hằng|hàng|mỗi)(?:\s|$)/iu;
const AFTER_EVENT = /^(?:sau|khi)(?:\s|$)/iu;

/** What a deadline is read against: the plan's year and date, its «ngày D» and weeks if it defines them. */
export function deadlineContext(ctx: ReadContext): DeadlineContext {
  return {
    year: ctx.year,
    planDate: ctx.planDate ?? null,
    periodYear: ctx.periodYear ?? null,
    dDay: ctx.dDay ?? null,
    events: ctx.events,
    weeks: ctx.weeks,
  };
}

/** Sets the deadline of a draft from its deadline text, reporting what is not understood. */
export function applyDeadline(draft: DraftTask, deadlineText: string, ctx: ReadContext): void {
  draft.deadlineText = deadlineText;
  if (deadlineText === '') return;
  const normalized = milestoneDeadline(deadlineText, ctx);
  draft.deadline = normalized.date;
  draft.recurrence = normalized.recurrence;
  if (!normalized.understood) {
    ctx.problems.push(
      COUNTED_FROM_EVENT.test(deadlineText)
        ? `Thời hạn «${deadlineText}» ở ${draft.source} tính từ một sự việc chưa có ngày — để trống Hạn xử lý.`
        : `Không hiểu thời hạn «${deadlineText}» ở ${draft.source} — để trống Hạn xử lý.`,
    );
  }
}

/**
 * «Trong vòng 30 ngày kể từ ngày nhận đủ hồ sơ», «sau khi có kết quả kiểm tra»: a time counted from
 * an event the plan cannot date. Read right (no date is the right answer), so the coordinator is
 * told why the deadline is empty, not that it was not understood.
 */
const COUNTED_FROM_EVENT = /(?:kể từ|tính từ|sau khi|ngay khi|khi có|khi kết thúc|khi nhận)\s/iu;
