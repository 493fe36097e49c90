import { capitalize, hasDutyVerb } from './agency-list.js';
import { footnoteRefs, stripMarks } from './document.js';
import { applyDeadline, deadlinePhraseIn } from './duty-deadline.js';
import {
  isBareOversight,
  isConditionRule,
  isDecisionRecorded,
  isLiability,
  isPastResult,
  isRightOrBan,
  isTeamMakeUp,
  withoutPointer,
} from './not-work-clauses.js';
import { cycleRecurrence, findReportCycles, isReportClause, type ReportCycle } from './report-cycles.js';
import { withOneOffReports } from './dated-reports.js';
import { type DutyBase, emptyDraft } from './draft-base.js';
import type { DraftTask, ReadContext } from './types.js';

export { type DutyBase, emptyDraft } from './draft-base.js';

// The layouts import a duty's deadline reading from here, beside the rest of a duty's reading.
export { applyDeadline, deadlineContext, deadlinePhraseIn, findDeadlinePhrase } from './duty-deadline.js';

/**
 * One duty written as prose (a bullet, an "a)" item, a paragraph) → task rows.
 * The report part of a duty ("…; báo cáo kết quả định kỳ 6 tháng (trước ngày 15/6), 01 năm
 * (trước ngày 15/12)") becomes one 'report' row per dated cycle; the rest stays one 'task' row.
 */

/** Splits at a separator only outside parentheses; each part but the last keeps its separator. */
export function splitTopLevel(text: string, isBreak: (text: string, i: number) => boolean): string[] {
  const parts: string[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < text.length; i += 1) {
    const c = text[i];
    if (c === '(') depth += 1;
    else if (c === ')') depth = Math.max(0, depth - 1);
    else if (depth === 0 && isBreak(text, i)) {
      parts.push(text.slice(start, i + 1));
      start = i + 1;
    }
  }
  parts.push(text.slice(start));
  return parts.map((p) => p.trim()).filter((p) => p !== '');
}

export function sentences(text: string): string[] {
  return splitTopLevel(text, (t, i) => /[.!?]/.test(t[i] ?? '') && /^\s+[\p{Lu}“"(]/u.test(t.slice(i + 1, i + 4)));
}

const clauses = (sentence: string): string[] =>
  splitTopLevel(sentence, (t, i) => t[i] === ';').map((c) => c.replace(/;$/, '').trim());

/** Report rows for the given cycles (one per dated cycle; undated cycles share one row). */
export function reportDrafts(cycles: ReportCycle[], content: string, base: DutyBase, ctx: ReadContext): DraftTask[] {
  const dated = cycles.filter((c) => c.deadlineText !== '');
  const undated = cycles.filter((c) => c.deadlineText === '');
  const drafts: DraftTask[] = dated.map((c) => ({
    ...emptyDraft({ ...base }, `${c.label}: ${content}`),
    kind: 'report',
    deadlineText: c.deadlineText,
    deadline: c.date,
    recurrence: c.rule ? cycleRecurrence([c]) : '',
  }));
  if (undated.length > 0) {
    drafts.push({ ...emptyDraft(base, content), kind: 'report', recurrence: cycleRecurrence(undated) });
    ctx.problems.push(
      `${capitalize(base.source)}: ${cycleRecurrence(undated)
        .toLowerCase()
        .replace(/^định kỳ/, 'báo cáo định kỳ')} không ghi hạn gửi — để trống Hạn xử lý.`,
    );
  }
  return drafts;
}

/** Cycles in a report text; its footnotes are read too when the text itself gives no day. */
function cyclesOf(text: string, ctx: ReadContext): ReportCycle[] {
  const own = findReportCycles(stripMarks(text), ctx.year, ctx.planDate ?? null);
  if (own.some((c) => c.deadlineText !== '')) return own;
  const notes = footnoteRefs(text)
    .map((n) => ctx.footnotes.get(n) ?? '')
    .join(' ');
  const withNotes = notes.trim() === '' ? [] : findReportCycles(notes, ctx.year, ctx.planDate ?? null);
  return withNotes.some((c) => c.deadlineText !== '') ? withNotes : own;
}

export function dutyDrafts(rawText: string, base: DutyBase, ctx: ReadContext): DraftTask[] {
  const text = withoutPointer(withoutItemMark(rawText));
  if (text.trim() === '') return [];
  // Whom a body answers to is no work, asked or ordered («…, Trưởng các thôn chịu trách nhiệm trước
  // Chủ tịch UBND xã về tiến độ …» after the plan's requests).
  if (isLiability(stripMarks(text), ctx)) return [];
  if (base.kind === 'request') return requestDrafts(text, base, ctx);
  if (isRightOrBan(stripMarks(text), base.lead.length > 0)) return [];
  const plain = stripMarks(text);
  if (
    isPastResult(plain, ctx) ||
    isConditionRule(plain) ||
    isBareOversight(plain) ||
    isDecisionRecorded(plain) ||
    isTeamMakeUp(plain)
  )
    return [];
  const parts = dutyParts(text);
  // The task row comes before the report rows, each in the order written.
  const drafts = [
    ...taskDrafts(parts.tasks, base, ctx),
    ...parts.reports.flatMap((report) => cycleReportDrafts(report, base, ctx)),
  ];
  return withOneOffReports(drafts, text, parts.reports.length > 0, base, ctx);
}

/** A duty's text without its bullet or item mark («- », «a) », «2.1. »). */
const withoutItemMark = (rawText: string): string =>
  rawText.replace(/^(?:[-+•–*]|[a-zđ]\)|\d{1,2}(?:\.\d{1,2})*[.)])\s+/u, '').trim();

/**
 * Rule «report-in-request»: a request asks as a whole, one row, but a report it asks for is a report
 * row of its own, as in an order («Đề nghị Thuế cơ sở 3 … cử công chức hỗ trợ …; phối hợp P.KT đối
 * chiếu số thuế phải nộp, báo cáo kết quả về UBND phường trước ngày 30/6/2026»).
 */
function requestDrafts(text: string, base: DutyBase, ctx: ReadContext): DraftTask[] {
  const parts = dutyParts(text);
  const asked = parts.tasks.length > 0 ? taskDrafts(parts.tasks, base, ctx) : [];
  const reports = parts.reports.flatMap((report) => cycleReportDrafts(report, base, ctx));
  // A request that asks only for reports («Đề nghị … báo cáo tiến độ … hằng tháng») is those reports.
  if (asked.length === 0 && reports.length > 0) return reports;
  const drafts = [...(asked.length > 0 ? asked : [requestDraft(text, base, ctx)]), ...reports];
  return withOneOffReports(drafts, text, parts.reports.length > 0, base, ctx);
}

/** A request's one row, when it asks nothing but what it reports. */
function requestDraft(text: string, base: DutyBase, ctx: ReadContext): DraftTask {
  const draft = emptyDraft(base, capitalize(stripMarks(text)));
  applyDeadline(draft, deadlinePhraseIn(draft.content, ctx), ctx);
  return draft;
}

/** A report part of a duty, with the sentence it stands in (which may name its cycle). */
interface ReportPart {
  text: string;
  sentence: string;
}

/** A duty cut into what it asks done (one task row) and what it asks reported (report rows). */
interface DutyParts {
  tasks: string[];
  reports: ReportPart[];
}

function dutyParts(text: string): DutyParts {
  const parts: DutyParts = { tasks: [], reports: [] };
  for (const sentence of sentences(text)) readSentence(sentence, parts);
  return parts;
}

/** Adds one sentence of a duty to its task part or its report parts (or to both, cut at the report). */
function readSentence(sentence: string, into: DutyParts): void {
  const parts = withReportTimes(clauses(sentence));
  const at = parts.findIndex(isReportClause);
  if (at === 0) {
    const duty = cutDutyBeforeReport(parts);
    if (duty !== null) into.tasks.push(duty);
  }
  // Rule «condition-sentence»: «Trường hợp cần điều chỉnh …, cơ quan chủ trì phải nêu rõ lý do
  // trong báo cáo» after a report says how to report; it is no duty of its own.
  const last = into.reports[into.reports.length - 1];
  if (at < 0 && last && into.tasks.length === 0 && /^(?:Trường hợp|Nếu)\s/u.test(sentence)) {
    last.text = `${last.text.replace(/[.;]\s*$/u, '')}. ${sentence}`;
    return;
  }
  if (at < 0) {
    into.tasks.push(sentence);
    return;
  }
  if (at > 0) into.tasks.push(`${parts.slice(0, at).join('; ').replace(/[;,]$/, '')}.`);
  into.reports.push({ text: parts.slice(at).join('; '), sentence });
}

/**
 * Rule «duty-then-report»: «… theo dõi, đôn đốc các sở triển khai Kế hoạch, báo cáo Chủ tịch
 * UBND tỉnh kết quả hằng năm» — the duty before «, báo cáo» is a task of its own.
 * «… xây dựng kế hoạch chi tiết hằng năm và định kỳ báo cáo …» cuts the same way at «và».
 * A sentence that opens with a report («Báo cáo giữa kỳ … và báo cáo tổng kết …») is not cut.
 * Rule «compile-and-report»: «Tổng hợp tình hình …, báo cáo UBND tỉnh hằng tuần», «Cập nhật số
 * liệu …, báo cáo Giám đốc Sở hằng tuần» are one report: gathering the figures is how the report
 * is made, not a duty beside it.
 * Returns the duty cut off (the first clause keeps its report), or null when there is no cut.
 */
function cutDutyBeforeReport(parts: string[]): string | null {
  const first = parts[0] ?? '';
  const opensWithReport =
    /^(?:[-+•]\s*)?(?:(?:định kỳ|theo dõi,)\s+)?(?:báo cáo|tổng hợp|thống kê|cập nhật số liệu)\s/iu.test(first);
  if (opensWithReport) return null;
  const cut = first.search(/(?:,|\s+và)\s+(?:định kỳ\s+)?báo cáo\s/iu);
  // Fewer than 40 characters before the report are too little for a duty of their own.
  if (cut < 40) return null;
  // Rule «cycle-before-report»: «Định kỳ hằng tháng (trước ngày 05 của tháng sau), báo cáo …» —
  // words before the report that open with a time or with what is reported, and ask nothing (no
  // duty verb), say when or what to report: no duty of their own. «Đánh giá kết quả …, báo cáo …»
  // opens with work and keeps it.
  const before = first.slice(0, cut);
  if ((TIME_OPENER.test(before) || REPORT_SUBJECT.test(before)) && !hasDutyVerb(before)) return null;
  parts[0] = first
    .slice(cut)
    .replace(/^(?:,|\s+và)\s*/u, '')
    .trim();
  return `${first.slice(0, cut)}.`;
}

/** A clause that opens with when, not what: «Định kỳ hằng tháng …», «Hằng quý …», «Trước ngày …». */
/** A clause that names what is reported: «Tình hình dịch bệnh phát sinh …, báo cáo …», «Kết quả …, báo cáo …». */
const REPORT_SUBJECT = /^(?:[-+•]\s*)?(?:tình hình|kết quả|số liệu|diễn biến|thông tin)\s/iu;
const TIME_OPENER = /^(?:[-+•]\s*)?(?:định kỳ|hằng|hàng|mỗi|trước|sau|vào|cuối|đầu|giữa|trong|chậm nhất)\s/iu;

/** The task row of a duty, unless what is left beside its reports is too short to be a duty. */
function taskDrafts(tasks: string[], base: DutyBase, ctx: ReadContext): DraftTask[] {
  const taskText = capitalize(stripMarks(tasks.join(' ')));
  if (taskText.length < 10) return [];
  const draft = emptyDraft(base, taskText);
  applyDeadline(draft, deadlinePhraseIn(taskText, ctx), ctx);
  return [draft];
}

/** The report rows of one report part, one per cycle it names. */
function cycleReportDrafts(report: ReportPart, base: DutyBase, ctx: ReadContext): DraftTask[] {
  const content = capitalize(stripMarks(report.text));
  // The cycle may be named before the cut («kế hoạch chi tiết hằng năm và định kỳ báo cáo … trước
  // ngày 20/11»): the whole sentence is read when the report part names no dated cycle.
  const own = cyclesOf(report.text, ctx);
  const cycles = own.some((c) => c.deadlineText !== '') ? own : cyclesOf(report.sentence, ctx);
  return reportDrafts(cycles.length > 0 ? cycles : own, content, base, ctx);
}

/**
 * A duty's own time line («Tổng hợp, báo cáo kết quả …» / «Thời gian: định kỳ hằng tháng (trước
 * ngày 20)», rule «time-after-duty») says when its report is due: the cycle joins the report clause.
 */
function withReportTimes(parts: string[]): string[] {
  const out: string[] = [];
  for (const part of parts) {
    const time = part.match(/^thời gian(?:\s+(?:thực hiện|hoàn thành))?\s*:\s*(.+)$/iu)?.[1];
    const last = out[out.length - 1];
    if (time && last !== undefined && /báo cáo/iu.test(last) && !isReportClause(last))
      out[out.length - 1] = `${last}, ${time}`;
    else out.push(part);
  }
  return out;
}
