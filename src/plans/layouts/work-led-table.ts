import { coordinatingIn, isBodyName, splitAgencies, splitLeadingAgencies } from '../agency-list.js';
import { stripMarks } from '../document.js';
import type { Who } from '../who-field.js';
import { cell, type Columns, scheduleColumns } from './table-columns.js';

/**
 * Rule «work-led-table»: «TT | Nội dung nhiệm vụ | Thời hạn hoàn thành» with no column saying who,
 * because every row says it in its own words: «Giao Sở Tài chính chủ trì tham mưu …», «Ủy ban nhân
 * dân các xã … tổ chức di chuyển …», «Sở Xây dựng phối hợp với Sở Nông nghiệp và Môi trường (cơ quan
 * chủ trì) hướng dẫn …», «Bộ Chỉ huy Quân sự tỉnh, …, Công an tỉnh: xây dựng phương án …». A
 * schedule's header, and half its numbered rows at least (two or more) naming their doer so.
 */
export function workLedColumns(rows: string[][]): Columns | null {
  const columns = scheduleColumns(rows[0] ?? []);
  if (!columns || columns.order < 0) return null;
  const numbered = rows.slice(1).filter((r) => /^\d{1,3}(?:\.\d{1,2})*\.?$/.test(stripMarks(cell(r, columns.order))));
  const led = numbered.filter((r) => whoInWork(stripMarks(cell(r, columns.content))) !== null);
  return led.length >= 2 && led.length * 2 >= numbered.length ? columns : null;
}

/** «… phối hợp với Sở Nông nghiệp và Môi trường (cơ quan chủ trì) …»: the body the bracket marks. */
const MARKED_LEAD = /^(.{3,200}?)\s*\((?:là\s+)?(?:cơ quan|đơn vị)\s+chủ trì\)/u;

/** «Giao Sở Tài chính chủ trì …»: the bodies a work cell gives its row to (also rule «lead-in-work-cell»). */
export const GIVEN_LEAD = /^Giao\s+(.{3,120}?)\s+chủ trì(?=[\s,;.]|$)/u;

/** Who a work cell names as its doer, and who it says joins; null when it names no one. */
export function whoInWork(content: string): Who | null {
  const text = content.replace(/\s+/g, ' ').trim();
  const marked = text.match(MARKED_LEAD)?.[1];
  if (marked) {
    const before = marked.split(/\s+phối hợp với\s+|,\s*/u);
    const lead = before.at(-1)?.trim() ?? '';
    if (isBodyName(lead)) {
      const partners = splitAgencies(marked.slice(0, marked.length - lead.length).replace(/\s*phối hợp với\s*$/u, ''));
      return { lead: [lead], coordinating: partners.filter(isBodyName) };
    }
  }
  const given = text.match(GIVEN_LEAD)?.[1];
  const named = given ? splitAgencies(given) : (splitLeadingAgencies(text)?.agencies ?? []);
  if (named.length === 0 || !named.every(isBodyName)) return null;
  return { lead: named, coordinating: coordinatingIn(text).filter((n) => !named.includes(n)) };
}
