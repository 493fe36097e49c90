import { normalizeDeadline } from '../domain/deadline.js';
import { capitalize } from './agency-list.js';
import { footnoteRefs, stripMarks } from './document.js';
import { cycleRecurrence, findReportCycles, isReportClause, type ReportCycle } from './report-cycles.js';
import type { DraftTask, Position, ReadContext } from './types.js';

/**
 * One duty written as prose (a bullet, an "a)" item, a paragraph) → task rows.
 * The report part of a duty ("…; báo cáo kết quả định kỳ 6 tháng (trước ngày 15/6), 01 năm
 * (trước ngày 15/12)") becomes one 'report' row per dated cycle; the rest stays one 'task' row.
 */

export interface DutyBase {
  kind: 'task' | 'request';
  order: string;
  lead: string[];
  coordinating: string[];
  source: string;
  at: Position;
}

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

/** Deadline words written inside a duty: "Thời gian hoàn thành trước ngày 15/8/2024", "theo tiến độ của Bộ …". */
export function findDeadlinePhrase(text: string): string {
  const cycle = '(?:\\s+(?:hằng|hàng|mỗi)\\s+(?:năm|tháng|quý))?';
  const patterns = [
    /thời (?:gian|hạn) (?:hoàn thành|thực hiện)\s*:?\s*([^.;]+)/iu,
    /thời hạn\s*:?\s*([^.;]+)/iu,
    // «…; Thời gian: trong tháng 3/2026» (a duty's own time line, rule «time-after-duty»).
    /thời gian\s*:\s*([^.;]+)/iu,
    // «trước 17 giờ 00 ngày 16/01/2026»: the hour of a day is finer than a deadline cell keeps.
    new RegExp(
      `((?:hoàn thành\\s+)?(?:trước|chậm nhất(?: là)?(?: trước)?|không quá)\\s+(?:\\d{1,2}\\s*(?:giờ|h)(?:\\s*\\d{1,2})?(?:\\s*phút)?,?\\s+)?ngày\\s+\\d{1,2}\\/\\d{1,2}(?:\\/\\d{4})?${cycle})`,
      'iu',
    ),
    new RegExp(
      `((?:hoàn thành\\s+)?(?:trước|chậm nhất(?: là)?(?: trước)?) ngày\\s+\\d{1,2} tháng \\d{1,2}(?: năm \\d{4})?${cycle})`,
      'iu',
    ),
    // «hoàn thành trước 31/12» (no «ngày»).
    /((?:hoàn thành\s+)?trước\s+\d{1,2}\/\d{1,2}(?:\/\d{4})?)(?!\d)/iu,
    // «(hoàn thành) trong tháng 11/2025», «trong quý IV/2025»; a year only after «hoàn thành»:
    // «tổng kết công tác dân vận trong năm 2023» says what is reviewed, not by when.
    /((?:hoàn thành\s+)?trong (?:tháng \d{1,2}(?:\s*-\s*(?:tháng\s+)?\d{1,2})?(?:\/| năm )\d{4}|quý [IVX]{1,3}(?:\/| năm )\d{4}|0?6 tháng (?:đầu|cuối) năm \d{4})|hoàn thành trong năm \d{4})/iu,
    /(theo tiến độ (?:của|do)\s+[^.;,]+)/iu,
    // «hoàn thành trước Tết Nguyên đán (Bính Ngọ)»: the day before Tết (domain/tet.ts).
    /((?:hoàn thành\s+)?trước Tết(?: Nguyên đán)?(?: (?:Ất Tỵ|Bính Ngọ|Đinh Mùi|Mậu Thân|Kỷ Dậu|Canh Tuất))?(?: (?:năm )?\d{4})?)/u,
    // «từ mùng 1 đến hết mùng 3 Tết Bính Ngọ», «mùng 6 tháng Giêng» (domain/tet.ts, deadline-lunar.ts).
    /((?:từ\s+)?mùng\s+\d{1,2}(?:\s+(?:đến(?: hết)?|-)\s+mùng\s+\d{1,2})?\s+(?:Tết(?: Nguyên đán)?|tháng Giêng)(?:\s+(?:năm\s+)?\p{Lu}\p{Ll}+ \p{Lu}\p{Ll}+)?)/u,
    // «trong vòng 15 ngày kể từ ngày Kế hoạch được ban hành» (domain/deadline-relative.ts).
    /((?:trong vòng|trong thời hạn|trong)\s+\d{1,3}\s+ngày(?: làm việc)?\s+(?:kể từ|tính từ)\s+ngày\s+[^.;,]+)/iu,
    // «tổ chức Lễ phát động … vào ngày 22/02/2026»: the day the work is done.
    /(vào (?:ngày\s+)?\d{1,2}\/\d{1,2}\/\d{4})/iu,
    // «trong tuần đầu tiên của tháng 3/2026».
    /((?:trong\s+)?tuần (?:đầu tiên|đầu|thứ nhất|thứ hai|thứ ba|cuối cùng|cuối) (?:của )?tháng \d{1,2}(?:\/\d{4}| năm \d{4})?)/iu,
    // «đến hết năm 2026», «đến hết tháng 6/2026».
    /((?:đến|tới) hết (?:năm \d{4}|tháng \d{1,2}(?:\/| năm )\d{4}|ngày \d{1,2}\/\d{1,2}\/\d{4}))/iu,
    // «từ tháng 3 đến tháng 5/2026».
    /(từ tháng \d{1,2}(?:\/\d{4})? đến (?:hết )?tháng \d{1,2}(?:\/| năm )\d{4})/iu,
    // «tổ chức kiểm tra từ ngày 05/01/2026 đến ngày 10/02/2026»: the end of the span.
    /(từ ngày \d{1,2}(?:\/\d{1,2}(?:\/\d{4})?)? đến (?:hết )?ngày \d{1,2}(?:\/\d{1,2}\/\d{4}| tháng \d{1,2} năm \d{4}))/iu,
  ];
  let best: { at: number; text: string } | null = null;
  for (const re of patterns) {
    const m = re.exec(text);
    if (m && (best === null || m.index < best.at)) best = { at: m.index, text: m[1] ?? '' };
  }
  return best ? capitalize(best.text.trim().replace(/[\s,]+$/, '')) : '';
}

/** Sets the deadline of a draft from its deadline text, reporting what is not understood. */
export function applyDeadline(draft: DraftTask, deadlineText: string, ctx: ReadContext): void {
  draft.deadlineText = deadlineText;
  if (deadlineText === '') return;
  const normalized = normalizeDeadline(deadlineText, { year: ctx.year, planDate: ctx.planDate ?? null });
  draft.deadline = normalized.date;
  draft.recurrence = normalized.recurrence;
  if (!normalized.understood) {
    ctx.problems.push(`Không hiểu thời hạn «${deadlineText}» ở ${draft.source} — để trống Hạn xử lý.`);
  }
}

export function emptyDraft(base: DutyBase, content: string): DraftTask {
  return {
    kind: base.kind,
    order: base.order,
    content,
    lead: base.lead,
    coordinating: base.coordinating,
    deadlineText: '',
    deadline: null,
    recurrence: '',
    product: '',
    source: base.source,
    at: base.at,
  };
}

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
  const own = findReportCycles(stripMarks(text), ctx.year);
  if (own.some((c) => c.deadlineText !== '')) return own;
  const notes = footnoteRefs(text)
    .map((n) => ctx.footnotes.get(n) ?? '')
    .join(' ');
  const withNotes = notes.trim() === '' ? [] : findReportCycles(notes, ctx.year);
  return withNotes.some((c) => c.deadlineText !== '') ? withNotes : own;
}

export function dutyDrafts(rawText: string, base: DutyBase, ctx: ReadContext): DraftTask[] {
  const text = rawText.replace(/^(?:[-+•–*]|[a-zđ]\)|\d{1,2}(?:\.\d{1,2})*[.)])\s+/u, '').trim();
  if (base.kind === 'request') {
    const draft = emptyDraft(base, capitalize(stripMarks(text)));
    applyDeadline(draft, findDeadlinePhrase(draft.content), ctx);
    return [draft];
  }
  const taskParts: string[] = [];
  const reports: Array<{ text: string; sentence: string }> = [];
  for (const sentence of sentences(text)) {
    const parts = withReportTimes(clauses(sentence));
    const at = parts.findIndex(isReportClause);
    // Rule «duty-then-report»: «… theo dõi, đôn đốc các sở triển khai Kế hoạch, báo cáo Chủ tịch
    // UBND tỉnh kết quả hằng năm» — the duty before «, báo cáo» is a task of its own.
    // «… xây dựng kế hoạch chi tiết hằng năm và định kỳ báo cáo …» cuts the same way at «và».
    // A sentence that opens with a report («Báo cáo giữa kỳ … và báo cáo tổng kết …») is not cut.
    // Rule «compile-and-report»: «Tổng hợp tình hình …, báo cáo UBND tỉnh hằng tuần», «Cập nhật số
    // liệu …, báo cáo Giám đốc Sở hằng tuần» are one report: gathering the figures is how the report
    // is made, not a duty beside it.
    const opensWithReport =
      /^(?:[-+•]\s*)?(?:(?:định kỳ|theo dõi,)\s+)?(?:báo cáo|tổng hợp|thống kê|cập nhật số liệu)\s/iu.test(
        parts[0] ?? '',
      );
    const cut = at === 0 && !opensWithReport ? (parts[0] ?? '').search(/(?:,|\s+và)\s+(?:định kỳ\s+)?báo cáo\s/iu) : -1;
    if (cut >= 40) {
      taskParts.push(`${(parts[0] ?? '').slice(0, cut)}.`);
      parts[0] = (parts[0] ?? '')
        .slice(cut)
        .replace(/^(?:,|\s+và)\s*/u, '')
        .trim();
    }
    // Rule «condition-sentence»: «Trường hợp cần điều chỉnh …, cơ quan chủ trì phải nêu rõ lý do
    // trong báo cáo» after a report says how to report; it is no duty of its own.
    const last = reports[reports.length - 1];
    if (at < 0 && last && taskParts.length === 0 && /^(?:Trường hợp|Nếu)\s/u.test(sentence)) {
      last.text = `${last.text.replace(/[.;]\s*$/u, '')}. ${sentence}`;
      continue;
    }
    if (at < 0) {
      taskParts.push(sentence);
      continue;
    }
    if (at > 0) taskParts.push(`${parts.slice(0, at).join('; ').replace(/[;,]$/, '')}.`);
    reports.push({ text: parts.slice(at).join('; '), sentence });
  }
  const drafts: DraftTask[] = [];
  const taskText = capitalize(stripMarks(taskParts.join(' ')));
  if (taskText.length >= 10) {
    const draft = emptyDraft(base, taskText);
    applyDeadline(draft, findDeadlinePhrase(taskText), ctx);
    drafts.push(draft);
  }
  for (const report of reports) {
    const content = capitalize(stripMarks(report.text));
    // The cycle may be named before the cut («kế hoạch chi tiết hằng năm và định kỳ báo cáo … trước
    // ngày 20/11»): the whole sentence is read when the report part names no dated cycle.
    const own = cyclesOf(report.text, ctx);
    const cycles = own.some((c) => c.deadlineText !== '') ? own : cyclesOf(report.sentence, ctx);
    drafts.push(...reportDrafts(cycles.length > 0 ? cycles : own, content, base, ctx));
  }
  const dated = oneOffReports(text, base, ctx);
  if (reports.length === 0 && dated?.only) return dated.drafts;
  // Beside cycles («… hằng tuần (thứ Sáu) và báo cáo kết quả … trước ngày 20/3/2026») a dated clause
  // is a row of its own unless a cycle already gave a report that date.
  const reported = new Set(drafts.filter((d) => d.kind === 'report').map((d) => d.deadline));
  if (dated) drafts.push(...dated.drafts.filter((d) => d.deadline === null || !reported.has(d.deadline)));
  return drafts;
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

/**
 * Rule «dated-report»: «Tổ chức đánh giá kết quả thực hiện; báo cáo UBND tỉnh trước ngày
 * 15/12/2026», «Hoàn thành, báo cáo kết quả Ủy ban nhân dân tỉnh trong tháng 11/2025»: a report due
 * once, on a date with its year, is a row of its own beside the duty it closes (the duty keeps the
 * date). A report with no date («báo cáo theo quy định») is not.
 */
function oneOffReports(text: string, base: DutyBase, ctx: ReadContext): { drafts: DraftTask[]; only: boolean } | null {
  const plain = stripMarks(text);
  const starts = [...plain.matchAll(/(?:^|[;,]\s*|\s+và\s+)báo cáo\s/giu)].map((m) => m.index ?? 0);
  if (starts.length === 0) return null;
  const drafts: DraftTask[] = [];
  // «… báo cáo … trong tuần đầu tiên của tháng 3/2026; báo cáo kết quả cả năm trước ngày
  // 15/12/2026»: each dated report clause is a row of its own.
  for (const [k, at] of starts.entries()) {
    // A clause runs to the next «báo cáo» («… hằng tuần (thứ Sáu) và báo cáo kết quả … trước …»).
    const clause = plain
      .slice(at, starts[k + 1])
      .replace(/^[;,]?\s*(?:và\s+)?/u, '')
      .split(/;\s/u)[0]
      ?.replace(/[.;,\s]+$/u, '');
    if (!clause) continue;
    const phrase = findDeadlinePhrase(clause);
    // «… trước 16 giờ hằng ngày và báo cáo tổng hợp khi kết thúc đợt rét»: a later clause due at an
    // event is a report of its own, with no date to compute (rule «event-report»). «báo cáo đột xuất
    // khi có dịch», «… khi có yêu cầu» are no schedule: nothing to remind, no row.
    const event =
      k > 0 && phrase === '' && !/đột xuất|khi có (?:yêu cầu|phát sinh)|khi cần(?: thiết)?/u.test(clause)
        ? clause.match(/((?:ngay\s+)?(?:sau\s+)?khi\s+[^,;.]{3,80})$/u)?.[1]
        : undefined;
    if (event) {
      const draft: DraftTask = { ...emptyDraft(base, capitalize(clause)), kind: 'report' };
      applyDeadline(draft, capitalize(event), ctx);
      drafts.push(draft);
      continue;
    }
    if (phrase === '' || !/\d{4}/.test(phrase)) continue;
    const draft: DraftTask = { ...emptyDraft(base, capitalize(clause)), kind: 'report' };
    applyDeadline(draft, phrase, ctx);
    if (draft.deadline !== null && draft.recurrence === '' && !drafts.some((d) => d.deadline === draft.deadline))
      drafts.push(draft);
  }
  if (drafts.length === 0) return null;
  // «Báo cáo kết quả … trước ngày 10/3/2026», «Tổng hợp kết quả …, báo cáo UBND tỉnh trước …»:
  // a duty that only reports is its report rows alone (the first one reads as the whole duty).
  const only = REPORT_ONLY.test(plain.slice(0, starts[0]));
  // A duty that only reports reads as a whole in its first row; a later clause keeps its own words.
  if (only && drafts[0]) drafts[0].content = capitalize(plain.trim());
  return { drafts, only };
}

/** What may stand before «báo cáo» in a duty that does nothing but report. */
const REPORT_ONLY = /^\s*(?:(?:định kỳ\s+)?tổng hợp(?:\s+(?:kết quả|tình hình)[^,;]{0,80})?)?[\s,;]*$/iu;
