import { leadInTable } from './lead-in-table.js';
import { fold } from '../../domain/text.js';
import type { PlanDocument } from '../document.js';
import { stripMarks } from '../document.js';
import { isTaskTable } from './table-columns.js';

/** What stands around an item in the body of a plan: the blocks just before and after it. */

/** A roman section heading, folded: «ii. nhiem vu va giai phap». */
export const ROMAN = /^([ivx]+)\s*[.\-)]\s+(\S.*)$/;
/** «Nhiệm vụ 1: Rà soát …»: a task numbered by name (rule «named-number»). */
export const NAMED_NUMBER = /^(?:Nhiệm vụ|Hoạt động|Giải pháp|Nội dung)\s+(\d{1,2})\s*[:.]\s*(.+)$/su;

/** «… các nhiệm vụ dưới đây», «… tại bảng»: the text points to what follows it. */
export const POINTS_BELOW = /(?:dưới đây|sau đây|tại bảng|theo bảng|bảng dưới|theo lịch sau|như sau)/iu;

/** The next block is a task table. */
export function beforeTaskTable(doc: PlanDocument, at: number): boolean {
  const next = doc.blocks[at + 1];
  if (next?.type !== 'table') return false;
  if (isTaskTable(next.rows)) return true;
  // A schedule whose doer this very paragraph names (rule «lead-in-table»): it is read there.
  const here = doc.blocks[at];
  return here?.type === 'para' && leadInTable(here.text, next.rows[0] ?? []) !== null;
}

/** The next block is a table that is not itself a task table (monitoring sites, indicators). */
export function beforeDataTable(doc: PlanDocument, at: number): boolean {
  const next = doc.blocks[at + 1];
  return next?.type === 'table' && !isTaskTable(next.rows);
}

/** The paragraph is the whole body of the title above it (the next paragraph is a heading). */
export function isOnlyItemUnder(doc: PlanDocument, at: number): boolean {
  const prev = doc.blocks[at - 1];
  const next = doc.blocks[at + 1];
  // «Nhiệm vụ 2: …» titles its task, bold or not.
  const isTitle = (b: typeof prev): boolean =>
    b?.type === 'para' &&
    (b.strong === true ||
      /^\d{1,2}(?:\.\d{1,2})*[.)]\s+\S/.test(stripMarks(b.text)) ||
      NAMED_NUMBER.test(stripMarks(b.text)));
  return (
    isTitle(prev) &&
    (next === undefined || next.type !== 'para' || isTitle(next) || ROMAN.test(fold(stripMarks(next.text))))
  );
}
