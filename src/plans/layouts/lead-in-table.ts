import { coordinatingIn, splitLeadingAgencies } from '../agency-list.js';
import { stripMarks } from '../document.js';
import type { Who } from '../who-field.js';
import { scheduleColumns, type Columns } from './table-columns.js';

/**
 * Rule «lead-in-table»: «2. Kiểm tra …: Văn phòng Ủy ban nhân dân tỉnh chủ trì, phối hợp với Sở Tư
 * pháp, Sở Khoa học và Công nghệ tổ chức kiểm tra theo lịch sau:» then a table of what and when
 * («Thời gian | Nội dung kiểm tra | Đơn vị được kiểm tra») with no column saying who does it: the
 * paragraph above says it for every row. Only a paragraph ending on «:» that opens (or goes on,
 * after its title's colon) with the bodies.
 */
export function leadInTable(above: string, header: string[]): { columns: Columns; who: Who } | null {
  const text = stripMarks(above).trim();
  if (!text.endsWith(':')) return null;
  const columns = scheduleColumns(header);
  if (!columns) return null;
  const body = text.replace(/:$/u, '').replace(/^(?:\d{1,2}(?:\.\d{1,2})*|[a-zđ])[.)]\s+/u, '');
  const afterTitle = body.includes(': ') ? body.slice(body.indexOf(': ') + 2) : body;
  const named = splitLeadingAgencies(afterTitle) ?? splitLeadingAgencies(body);
  if (!named) return null;
  return { columns, who: { lead: named.agencies, coordinating: coordinatingIn(named.rest) } };
}
