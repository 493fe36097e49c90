import { type DeadlineContext, normalizeDeadline } from '../domain/deadline.js';
import { capitalize } from './agency-list.js';
import type { PlanDocument } from './document.js';
import { deadlineContext } from './duty-deadline.js';
import type { DraftTask, ReadContext } from './types.js';

/**
 * Rule «schedule-section»: a plan may list its work in one section and time it in another
 * («III. TIẾN ĐỘ THỰC HIỆN» / «1. Nội dung 1 Mục II: rà soát … trước ngày 05/12/2026; tổ chức thăm,
 * tặng quà từ ngày 20/01/2027 đến ngày 04/02/2027»). Each line of the schedule names the items it
 * times; their rows that say no time of their own take it. One item with several rows and as many
 * clauses pairs them in order («trang trí … trước ngày 23 tháng Chạp; Đường hoa … ; bắn pháo hoa
 * …»); otherwise every row takes the line's last time, as one duty of several steps is due with its
 * last (rule «latest-of-several»).
 */

const SCHEDULE_HEADING = /^(?:[IVX]{1,5}\.\s*)?(?:TIẾN ĐỘ|THỜI GIAN|LỊCH TRÌNH)\s+(?:THỰC HIỆN|TRIỂN KHAI|TỔ CHỨC)\b/u;
const NEXT_PART = /^[IVX]{1,5}\.\s+\p{Lu}/u;
// «Nội dung 1 Mục II:», «Nội dung 5, 6 Mục II:», «Nội dung 2 và 3 của Mục II:», «Mục II.4:».
const POINTER =
  /^(?:[-–+•]\s*|\d{1,2}[.)]\s*)?(?:(?:Nội dung|Nhiệm vụ|Hoạt động)\s+(\d{1,2}(?:\s*(?:,|và|-|–)\s*\d{1,2})*)\s+(?:của\s+)?(?:Mục|Phần)\s+([IVX]{1,5})|(?:Mục|Phần)\s+([IVX]{1,5})\.(\d{1,2}))\s*:\s*(.+)$/su;

interface ScheduleLine {
  /** The orders it times, as drafts write them («II.1», «II.5»). */
  orders: string[];
  text: string;
}

function readSchedule(doc: PlanDocument): ScheduleLine[] {
  const lines: ScheduleLine[] = [];
  let inside = false;
  for (const block of doc.blocks) {
    if (block.type !== 'para') continue;
    const text = block.text.trim();
    if (SCHEDULE_HEADING.test(text.toUpperCase()) && text.length < 60) {
      inside = true;
      continue;
    }
    if (!inside) continue;
    if (NEXT_PART.test(text)) break;
    const m = POINTER.exec(text);
    if (!m) continue;
    const part = m[2] ?? m[3] ?? '';
    const numbers = m[1] ? (m[1].match(/\d{1,2}/g) ?? []) : [m[4] ?? ''];
    lines.push({ orders: numbers.map((n) => `${part}.${Number(n)}`), text: (m[5] ?? '').trim() });
  }
  return lines;
}

/** Times the drafts a schedule section points to and that say no time of their own. */
export function timedBySchedule(doc: PlanDocument, drafts: DraftTask[], ctx: ReadContext): void {
  const context = deadlineContext(ctx);
  for (const line of readSchedule(doc)) {
    const clauses = line.text
      .split(/;\s+/u)
      .map((c) => clauseTime(c, context))
      .filter((t) => t !== null);
    const last = clauses[clauses.length - 1];
    if (!last) continue;
    for (const order of line.orders) {
      const rows = drafts.filter(
        (d) => (d.order === order || d.order.startsWith(`${order}.`)) && d.deadlineText === '' && d.kind !== 'report',
      );
      rows.forEach((draft, k) => {
        const time = clauses.length === rows.length ? (clauses[k] ?? last) : last;
        Object.assign(draft, { deadlineText: time.text, deadline: time.date, recurrence: '' });
        draft.source = `${draft.source} (thời gian ghi ở mục Tiến độ thực hiện)`;
      });
    }
  }
}

const TIME_WORD = /(?<!\p{L})(?:từ|trước|trong|vào|đến|chậm nhất|ngày|xong|hoàn thành)\s/giu;

/**
 * The time a clause of the schedule gives: the longest end of it that reads as a time («trước
 * ngày 23 tháng Chạp (30/01/2027)», «từ ngày 20 đến hết ngày 28 tháng Chạp năm Bính Ngọ»), else
 * its last whole date («tổ chức ngày 24/01/2027 (17 tháng Chạp)»). A clause with neither times
 * nothing («trong các ngày nghỉ Tết theo thông báo của Bộ Nội vụ»).
 */
function clauseTime(clause: string, context: DeadlineContext): { text: string; date: string } | null {
  const trimmed = clause.trim().replace(/[.;,\s]+$/u, '');
  for (const m of trimmed.matchAll(TIME_WORD)) {
    const text = trimmed.slice(m.index);
    const read = normalizeDeadline(text, context);
    if (read.understood && read.date !== null) return { text: capitalize(text), date: read.date };
  }
  const days = [...trimmed.matchAll(/\d{1,2}[/.]\d{1,2}[/.]\d{4}/gu)];
  const day = days[days.length - 1];
  const read = day ? normalizeDeadline(day[0].replace(/\./g, '/'), context) : null;
  return read?.date ? { text: capitalize(trimmed), date: read.date } : null;
}
