import { normalizeDeadline } from '../../domain/deadline.js';
import { fold } from '../../domain/text.js';
import { hasDutyVerb, isBodyName, splitAgencies, startsWithAgency } from '../agency-list.js';
import { stripMarks } from '../document.js';
import { deadlineContext, deadlinePhraseIn } from '../duty.js';
import { caseOfName } from '../name-case.js';
import type { ReadContext } from '../types.js';
import { cell, type Columns, scheduleColumns, TICK } from './table-columns.js';

/**
 * What a task table's cells say beyond their own text, rule by rule: a running order that is no
 * task table, a list sorted by body, a group's period, a dated note, a ticked period, and the
 * merges a text page or a PDF lost (appendix-table.ts reads the rows with them).
 */

/**
 * Rule «running-order»: a table timed only by hours of one day («07h30 - 08h00», «14 giờ 00») is a
 * ceremony's or a meeting's running order (who speaks when), not work handed out with a deadline.
 */
export function isRunningOrder(rows: string[][], cols: Columns): boolean {
  if (cols.deadline < 0) return false;
  const times = rows.map((r) => stripMarks(cell(r, cols.deadline))).filter((t) => t !== '');
  const hour = String.raw`\d{1,2}\s*(?:h|giờ|:)\s*(?:\d{2})?(?:\s*phút)?`;
  const clock = new RegExp(String.raw`^(?:từ\s+)?${hour}(?:\s*(?:-|–|đến)\s*${hour})?$`, 'iu');
  return times.length >= 2 && times.every((t) => clock.test(t));
}

/**
 * Rule «group-row-agency»: a list of tasks sorted by body («I | SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG (05
 * nhiệm vụ)», «II | SỞ TÀI CHÍNH …») with no doer column: the group row names who does its rows.
 * A schedule's header (what and when), and at least two group rows naming a body.
 */
export function groupLedColumns(rows: string[][]): Columns | null {
  const columns = scheduleColumns(rows[0] ?? []);
  if (!columns) return null;
  const named = rows.slice(1).filter((r) => {
    const order = stripMarks(r[columns.order] ?? '').replace(/\.$/, '');
    return /^(?:[IVX]{1,5}|[A-ZĐ])$/.test(order) && groupAgency(groupTitle(r, columns)) !== null;
  });
  return named.length >= 2 ? columns : null;
}

/**
 * A group row's title: its content cell, or the first cell after its number that says anything
 * («A | CÔNG TY TNHH MTV THOÁT NƯỚC HÀ NỘI | | |» over «Vị trí | Giải pháp xử lý | Thời gian»).
 */
export function groupTitle(row: readonly string[], cols: Columns): string {
  const content = stripMarks(row[cols.content] ?? '').trim();
  if (content !== '') return content;
  return row.map((c, i) => (i === cols.order ? '' : stripMarks(c).trim())).find((c) => c !== '') ?? '';
}

/**
 * Rule «group-row-lead»: a group row that says who leads its rows («C | CÁC NHIỆM VỤ DO VĂN PHÒNG SỞ
 * CHỦ TRÌ», «II | Đào tạo nghề (Phòng Kinh tế chủ trì)»): that body leads each row under it, and the
 * doer cell of a row names who joins it (table-row-drafts.ts), unless the cell marks a lead itself.
 */
export function groupLead(title: string): string | null {
  const text = stripMarks(title).replace(/\s+/g, ' ').trim();
  // («… DO PHÒNG KẾ HOẠCH - TÀI CHÍNH CHỦ TRÌ THỰC HIỆN», «(Thanh tra Sở là đơn vị chủ trì)», «(đơn vị chủ
  // trì: Văn phòng Sở)».)
  const m =
    text.match(
      /(?:^|\s)(?:do|giao)\s+(.{3,80}?)\s+chủ trì(?:\s+(?:tổ chức\s+)?(?:thực hiện|triển khai|tham mưu))?(?:\s*\)|\s*$)/iu,
    ) ??
    text.match(
      /\(\s*(.{3,80}?)\s+(?:là\s+(?:cơ quan|đơn vị)\s+)?chủ trì(?:\s+(?:tổ chức\s+)?(?:thực hiện|triển khai|tham mưu))?\s*\)/iu,
    ) ??
    text.match(/\(\s*(?:cơ quan|đơn vị)\s+chủ trì\s*:\s*(.{3,80}?)\s*\)/iu);
  // A kind of body («… GIAO CÁC PHÒNG CHUYÊN MÔN CHỦ TRÌ») leaves each row to the body it names.
  if (!m?.[1] || /^các\s/iu.test(m[1].trim())) return null;
  const name = caseOfName(m[1].trim());
  return startsWithAgency(name) && !hasDutyVerb(name) ? name : null;
}

/** The body a group row names («SỞ TÀI CHÍNH (04 nhiệm vụ)» → «Sở Tài chính»), or null. */
export function groupAgency(title: string): string | null {
  const name = caseOfName(title.replace(/\s*\([^()]*\)\s*$/u, '').trim());
  return startsWithAgency(name) && !hasDutyVerb(name) ? name : null;
}

/**
 * Rule «group-period»: a work programme dates its rows by group («I | THÁNG 01/2026», «QUÝ II/2026»);
 * a row with no date of its own is due by the end of its group's period. A group title that is not
 * wholly a period («NHIỆM VỤ CHUNG», «CÁC NỘI DUNG ĐỊNH KỲ») dates nothing.
 */
export function groupPeriod(title: string, ctx: ReadContext): string {
  // («Giai đoạn 1: Tuyên truyền, rà soát (từ ngày 10/6/2026 đến ngày 10/7/2026)»: the period in brackets.)
  const bracket = stripMarks(title).match(/\(([^()]{4,60})\)\s*$/u)?.[1];
  if (bracket && groupPeriod(bracket, ctx) !== '') return bracket.trim();
  const text = stripMarks(title).replace(/\s+/g, ' ').trim();
  if (text === '' || text.length > 40) return '';
  const read = normalizeDeadline(text, deadlineContext(ctx));
  return read.understood && read.date !== null && !read.ongoing ? text : '';
}

/**
 * Rule «deadline-in-notes»: a table without a time column may date its rows in «Ghi chú»
 * («Hoàn thành trước 30/6/2026»); a note that reads as a deadline is one, any other note is not.
 */
export function datedNote(note: string, ctx: ReadContext): string {
  const text = stripMarks(note)
    .replace(/\s*\n\s*/g, ' ')
    .trim();
  if (text === '') return '';
  const phrase = deadlinePhraseIn(text, ctx) || text;
  const read = normalizeDeadline(phrase, deadlineContext(ctx));
  return read.understood && (read.date !== null || read.recurrence !== '' || read.ongoing) ? phrase : '';
}

/**
 * Rule «note-narrows-time»: beside a time cell that names a month, a quarter or a year («Tháng
 * 4/2026», «Quý II/2026»), a «Ghi chú» that gives a day inside that period («Trình UBND tỉnh trước
 * ngày 20/4/2026») is when the row's work is really due. A day outside it is a milestone of another
 * step («Vòng sơ khảo: tháng 7/2026» beside «Tháng 8/2026»), and a note without a day says nothing
 * of time. Returns the note's deadline words, or "".
 */
export function noteNarrowingTime(time: string, note: string, ctx: ReadContext): string {
  const span = periodOf(time, ctx);
  const text = stripMarks(note)
    .replace(/\s*\n\s*/g, ' ')
    .trim();
  // (A preparatory step in the note, «Gửi đề cương kiểm tra … trước ngày 05/10/2026», times that
  // step, not the row's work.)
  if (span === null || !/\d{1,2}\/\d{1,2}/.test(text) || PREPARATORY.test(text)) return '';
  // («Ngày 26/6/2026», the day alone, is no phrase inside words but is a time all the same.)
  const phrase = deadlinePhraseIn(text, ctx) || (/^(?:ngày\s+)?\d{1,2}\/\d{1,2}\/\d{4}$/iu.test(text) ? text : '');
  const date = phrase === '' ? null : normalizeDeadline(phrase, deadlineContext(ctx)).date;
  return date !== null && date >= span.from && date <= span.to ? phrase : '';
}

const PREPARATORY = /(?:đề cương|dự thảo|xin ý kiến|góp ý|đăng ký|chuẩn bị|danh sách đề xuất)/iu;

/** The first and last day of the month, quarter or year a time cell names alone, or null. */
function periodOf(time: string, ctx: ReadContext): { from: string; to: string } | null {
  const folded = fold(stripMarks(time)).trim();
  const read = normalizeDeadline(stripMarks(time).trim(), deadlineContext(ctx));
  const to = read.understood && !read.ongoing ? read.date : null;
  if (to === null || /\d{1,2}\/\d{1,2}\/\d{4}|tu |den /.test(folded)) return null;
  const [y, m] = to.split('-');
  if (/^(?:trong )?thang \d{1,2}/.test(folded)) return { from: `${y}-${m}-01`, to };
  if (/^(?:trong )?quy /.test(folded)) {
    const first = String(Number(m) - 2).padStart(2, '0');
    return { from: `${y}-${first}-01`, to };
  }
  if (/^(?:trong )?nam \d{4}$/.test(folded)) return { from: `${y}-01-01`, to };
  return null;
}

/**
 * Rule «lost-merge»: a table read from a PDF or a text page does not say which cells were merged
 * (a web converter writes a merged cell's text in its first row and leaves the rows under it
 * empty). A row of a task table with no agency under a row that has one most often sits under a
 * merged cell; the
 * agency (and a missing deadline) is carried down, and the preview says so, to be checked by eye.
 */
export function carryLostMerges(cells: string[], cols: Columns, above: readonly string[]): boolean {
  if (cell(cells, cols.lead) !== '' || cell(above, cols.lead) === '') return false;
  cells[cols.lead] = cell(above, cols.lead);
  if (cols.deadline >= 0 && cell(cells, cols.deadline) === '') cells[cols.deadline] = cell(above, cols.deadline);
  return true;
}

/** Rule «timeline-columns» (table-columns.ts): the header of the last period ticked in the row. */
export function tickedPeriod(row: string[], cols: Columns): string {
  const ticked = cols.periods.filter((i) => TICK.test(stripMarks(cell(row, i))));
  const last = ticked[ticked.length - 1];
  return last === undefined ? '' : (cols.headers[last] ?? '');
}

/**
 * Rule «lost-merge», for the time column alone: a row of the same group with its agency but an
 * empty time cell under a dated row most often sits under a merged time cell («Ngày 26/3/2026»
 * over two ceremonies). A group row spans the table, so no merged cell crosses it: only a row
 * of the same group is followed, and only a numbered row (one without a number goes on the row
 * above, whatever its cells). Carried down, and the preview says so.
 */
export function carryLostDeadline(cells: string[], cols: Columns, above: readonly string[]): boolean {
  if (cols.deadline < 0 || cell(cells, cols.deadline) !== '' || cell(above, cols.deadline) === '') return false;
  cells[cols.deadline] = cell(above, cols.deadline);
  return true;
}

/**
 * Rule «ditto-cell»: «nt», «như trên», «"» (and a lone «^» or «〃») in an agency or a deadline cell
 * repeat the cell above, as a merged cell would.
 */
export const DITTO = /^(?:nt|n\.t|-nt-|như trên|"|〃|''|\^)$/iu;

export function withDittoFilled(row: string[], cols: Columns, above: readonly string[] | undefined): string[] {
  return row.map((c, i) => {
    const repeats = i !== cols.content && i !== cols.order && DITTO.test(stripMarks(c).trim());
    return repeats && above ? (above[i] ?? '') : c;
  });
}

/**
 * Rule «done-row»: a tracking table's row whose state says it is done («Đã hoàn thành (Báo cáo số
 * 21/BC-… )», «Đã nghiệm thu», «Hoàn thành») is no work left; «Chưa hoàn thành», «Hoàn thành 80%»,
 * «Đang thực hiện» are.
 */
const DROPPED = /^(?:khong tiep tuc thuc hien|dung thuc hien nhiem vu|huy bo|khong thuc hien nua)\b/;

export function isDoneRow(row: readonly string[], cols: Columns, ctx?: ReadContext): boolean {
  if (cols.status < 0) return false;
  // The bracket after the state («Đã hoàn thành (Báo cáo số 21/BC-… ngày …)») says how; it is set aside.
  const state = fold(stripMarks(cell([...row], cols.status)).replace(/\([^()]*\)/gu, ' ')).trim();
  // Done last year, due again this year («Kết quả (đến ngày 31/12/2025): Hoàn thành | Quý III/2026»):
  // only where the state is told as of a day of an earlier year than the plan's, a time after the
  // plan's own date is work ahead.
  const asOf = (cols.headers[cols.status] ?? '').match(/\d{1,2}\/\d{1,2}\/(\d{4})/u)?.[1];
  if (ctx?.planDate && cols.deadline >= 0 && asOf !== undefined && asOf < ctx.planDate.slice(0, 4)) {
    const planDate = ctx.planDate;
    const time = stripMarks(cell([...row], cols.deadline));
    // Each date the cell names («Thường xuyên, báo cáo trước ngày 15/12/2026»), and the cell as a whole.
    const dates = [time, ...(time.match(/\d{1,2}\/\d{1,2}\/\d{4}/g) ?? [])].map(
      (d) => normalizeDeadline(d, deadlineContext(ctx)).date,
    );
    if (dates.some((d) => d !== null && d > planDate) && !DROPPED.test(state)) return false;
  }
  // Only a bare «done» (with a bracket at most): «Đã hoàn thành 80% khối lượng», «Đã thực hiện xong
  // khảo sát, chưa lựa chọn nhà thầu» are work still going on.
  // Rule «dropped-row»: work called off («Không tiếp tục thực hiện», «Dừng thực hiện») is none left either.
  return (
    /^(?:da )?(?:hoan thanh|nghiem thu|thuc hien xong|xong|ket thuc)(?:\s*\(.*\))?\W*$/.test(state) ||
    // (Not «Đã dừng thi công do vướng …», «Không thực hiện được …, đề nghị gia hạn»: stalled, still owed.)
    DROPPED.test(state)
  );
}

/**
 * Rule «renewed-deadline»: a chasing letter sets late work a new deadline in its own column
 * («Đề nghị: Hoàn thành trước ngày 31/5/2026»); where that column gives a date, it is the row's
 * deadline. Where it gives none («Hoàn thành đúng thời hạn», «Thường xuyên») the first one stands.
 */
export function renewedDeadline(row: readonly string[], cols: Columns, ctx: ReadContext): string {
  if (cols.renewed < 0) return '';
  const text = stripMarks(cell([...row], cols.renewed))
    .replace(/\s*\n\s*/g, ' ')
    .trim();
  if (text === '') return '';
  const read = normalizeDeadline(text, deadlineContext(ctx));
  return read.understood && read.date !== null && !read.ongoing ? text : '';
}

/**
 * Rule «group-row-doer»: «I | Công tác phòng ngừa | Phòng Kinh tế, Hạ tầng và Đô thị | |» — a group
 * row whose doer cell names a body gives it to the rows under it that leave theirs empty (a row
 * with its own doer keeps it, and the row above's doer is not carried past the group's).
 */
export function groupDoer(row: string[], cols: Columns): string | null {
  if (cols.lead < 0 || cols.roles.length > 0) return null;
  const named = stripMarks(cell(row, cols.lead)).trim();
  const bodies = splitAgencies(named);
  return named !== '' && bodies.length > 0 && bodies.every(isBodyName) ? named : null;
}

export function withGroupDoer(row: string[], cols: Columns, doer: string | null): string[] {
  if (doer === null || cols.lead < 0 || cell(row, cols.lead) !== '' || cell(row, cols.content) === '') return row;
  return row.map((c, i) => (i === cols.lead ? doer : c));
}
