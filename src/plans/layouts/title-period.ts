import { normalizeDeadline } from '../../domain/deadline.js';
import { fold } from '../../domain/text.js';
import { deadlineContext } from '../duty-deadline.js';
import type { ReadContext } from '../types.js';

/**
 * Rule «period-title»: a title that ends with its time in brackets («1. Giai đoạn 1: Tuyên truyền,
 * vận động (từ ngày 01/02/2026 đến hết ngày 28/02/2026)», «Đợt 2 (Quý III/2026)») dates the work
 * under it that names no time of its own. Only a bracket shaped as a period of work («từ …», «trước
 * …», «trong …», «Quý …», «tháng …», «đợt …»), not after a document's number («Nghị quyết số
 * 57-NQ/TW (ngày 22/12/2024)»), and never a day already past on the plan's date. The time as
 * written, or '' when the title has none.
 */
const PERIOD_SHAPE = /^(?:tu|truoc|den het|den|trong|cham nhat|quy|thang|dot|giai doan)\s/;

export function titlePeriod(title: string, ctx: ReadContext): string {
  const whole = periodHeading(title, ctx);
  if (whole !== '') return whole;
  const m = title.match(/(\S+)\s*\(([^()]{4,80})\)[.:]?\s*$/u);
  const bracket = m?.[2]?.trim() ?? '';
  if (!/\d/.test(bracket) || !PERIOD_SHAPE.test(fold(bracket))) return '';
  // «Nghị quyết số 57-NQ/TW (ngày …)»: the bracket dates the document cited, not the work.
  if (/\d/.test(m?.[1] ?? '') && /\//.test(m?.[1] ?? '')) return '';
  const read = normalizeDeadline(bracket, deadlineContext(ctx));
  if (!read.understood || read.date === null) return '';
  return ctx.planDate && read.date < ctx.planDate ? '' : bracket;
}

/**
 * Rule «period-heading»: a heading that is a time and nothing else («1. Quý II/2026:», «2. Quý III
 * và Quý IV/2026:», «Tháng 5 năm 2026») dates the work under it that names no time of its own. Not
 * a cycle («Hằng tháng:»), nor a day already past on the plan's date.
 */
export function periodHeading(title: string, ctx: ReadContext): string {
  const text = title
    .replace(/^(?:\d{1,2}(?:\.\d{1,2})*|[IVX]{1,5}|[a-zđ])[.)]\s+/u, '')
    .replace(/[.:]\s*$/u, '')
    .trim();
  if (text === '' || text.length > 40 || !/\d{4}/.test(text)) return '';
  const read = normalizeDeadline(text, deadlineContext(ctx));
  if (!read.understood || read.date === null || read.recurrence !== '' || read.ongoing) return '';
  return ctx.planDate && read.date < ctx.planDate ? '' : text;
}
