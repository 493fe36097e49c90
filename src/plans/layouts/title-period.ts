import { normalizeDeadline } from '../../domain/deadline.js';
import type { ReadContext } from '../types.js';

/**
 * Rule «period-title»: a title that ends with its time in brackets («1. Giai đoạn 1: Tuyên truyền,
 * vận động (từ ngày 01/02/2026 đến hết ngày 28/02/2026)», «Đợt 2 (Quý III/2026)») dates the work
 * under it that names no time of its own. The time as written, or '' when the title has none.
 */
export function titlePeriod(title: string, ctx: ReadContext): string {
  const bracket = title.match(/\(([^()]{4,80})\)[.:]?\s*$/u)?.[1]?.trim() ?? '';
  if (!/\d/.test(bracket)) return '';
  const read = normalizeDeadline(bracket, { year: ctx.year, planDate: ctx.planDate ?? null });
  return read.understood && read.date !== null ? bracket : '';
}
