import { fold } from '../../domain/text.js';
import type { PlanDocument } from '../document.js';
import { placeOf, stripMarks } from '../document.js';
import { type Columns, tableHeader } from './table-columns.js';
import { normalizeDeadline } from '../../domain/deadline.js';
import { deadlineContext } from '../duty-deadline.js';
import type { ReadContext } from '../types.js';
import { isDoneRow } from './table-cells.js';

/**
 * Tables that have a task table's columns (a content, a body) and still hand out no work. Each
 * rule says why, in the words the preview shows the coordinator.
 */

/** A cell holding a figure: «168.420», «42,5», «38,8%», «(1.200)». */
const FIGURE = /^[(]?[-–+]?\d[\d.,\s]*%?[)]?$/u;

/**
 * Rule «figures-table»: a report's table of results («Dự án | Kế hoạch vốn | Giải ngân | Tỷ lệ (%) |
 * Cơ quan chủ trì dự án») names a body on every row, but its other columns are figures and none
 * says when: it tells what was done, not what is to be done. Two columns of figures at least, so a
 * plan's «Kinh phí» column beside its tasks does not count.
 */
function isFiguresTable(rows: readonly string[][], cols: Columns): boolean {
  if (cols.deadline >= 0 || cols.periods.length > 0) return false;
  // A result table adds up («Tổng cộng») or gives rates («Tỷ lệ (%)»); a plan's «Số lớp | Số học
  // viên» beside its work does neither.
  const total = rows.some((r) => r.some((c) => /^(?:tổng cộng|tổng số|cộng|tổng)\b/iu.test(stripMarks(c).trim())));
  const rate = cols.headers.some((h) => /tỷ lệ|%/iu.test(h));
  if (!total && !rate) return false;
  let figures = 0;
  for (let at = 0; at < cols.width; at += 1) {
    if (at === cols.order || at === cols.content || at === cols.lead) continue;
    if (isFigureColumn(rows, at)) figures += 1;
  }
  return figures >= 2;
}

/** Four in five of the column's cells (two at least) are figures, and none is a year. */
function isFigureColumn(rows: readonly string[][], at: number): boolean {
  const cells = rows.map((r) => stripMarks(r[at] ?? '').trim()).filter((c) => c !== '');
  if (cells.some((c) => /^(?:19|20)\d\d$/.test(c))) return false;
  return cells.length >= 2 && cells.filter((c) => FIGURE.test(c)).length >= 0.8 * cells.length;
}

/**
 * Rule «done-list»: a table titled as the work already done («DANH MỤC NHIỆM VỤ ĐÃ HOÀN THÀNH …»,
 * «Kết quả thực hiện …») lists what needs no more doing. Read from the few paragraphs between
 * the table and the one before it; a title that says «chưa hoàn thành» is work still to do.
 */
function isDoneList(titles: readonly string[]): boolean {
  // A title line, not a sentence leading into the table («Bên cạnh các nhiệm vụ đã hoàn thành …, năm
  // 2026 các cơ quan tập trung thực hiện các nhiệm vụ sau:»).
  return titles.some((t) => {
    if (/:\s*$/u.test(stripMarks(t).trim()) || stripMarks(t).length > 160) return false;
    const f = fold(stripMarks(t));
    return /\b(?:nhiem vu|viec|noi dung) da hoan thanh\b/.test(f) && !/\bchua hoan thanh\b/.test(f);
  });
}

/**
 * Rule «status-table»: «Bảng 2. Tình hình thực hiện các nhiệm vụ … (đến ngày 31/12/2025)», «Kết
 * quả thực hiện …»: a report's table of how things stood on a day tells, it does not hand out.
 * Only a title that opens so (after its «Bảng N.» / «Phụ lục N:»), not one that mentions it.
 */
function isStatusTable(titles: readonly string[]): boolean {
  // An appendix's «(Kèm theo Thông báo số 215/TB-VP …)» line stands between its title and the table.
  const title = titles.filter((t) => !/^\(?kem theo\b/.test(fold(stripMarks(t)))).at(-1);
  if (title === undefined) return false;
  const f = fold(stripMarks(title)).replace(/^(?:bang|bieu|phu luc)\s+[\divx]+\s*[.:-]?\s*/, '');
  // «Kết quả thực hiện và nhiệm vụ trọng tâm năm 2026» goes on to the work ahead.
  return (
    /^(?:tinh hinh|ket qua) (?:thuc hien|trien khai)\b/.test(f) &&
    !/\bva (?:nhiem vu|ke hoach|phuong huong|giai phap)\b/.test(f)
  );
}

/**
 * The same told by a column, without a title: «Dự án | Chủ đầu tư | Quy mô | Tình hình thực hiện (đến
 * ngày 20/4/2026)» in a conclusion says how each project stands, and no column says by when.
 */
// (A column left empty, to be filled in, tells nothing yet: the table is a form of work to do.)
function hasStatusColumn(rows: readonly string[][], cols: Columns): boolean {
  if (cols.deadline >= 0 || cols.periods.length > 0) return false;
  const at = cols.headers.findIndex((h) =>
    /^(?:tình hình|kết quả) (?:thực hiện|triển khai)\b/iu.test(stripMarks(h).trim()),
  );
  return at >= 0 && rows.slice(1).some((r) => stripMarks(r[at] ?? '').trim() !== '');
}

/**
 * Rule «budget-table»: «DỰ TOÁN KINH PHÍ THỰC HIỆN KẾ HOẠCH» — activities, the body that spends
 * and how much, from which source: the plan's money, not its work (the same activities are handed
 * out in its text). Told by its title only (a «Danh mục nhiệm vụ» with cost columns is work);
 * never a table that says when.
 */
// Also the plan's own «V. KINH PHÍ» heading right above the table, and a content column that says it
// lists spending («Nội dung chi», «Khoản chi», «Hạng mục chi»): what is paid for, not who does what.
function isBudgetTable(titles: readonly string[], cols: Columns): boolean {
  if (cols.deadline >= 0 || cols.periods.length > 0) return false;
  const bare = (t: string): string =>
    fold(stripMarks(t))
      .trim()
      .replace(/^(?:(?:bang|bieu|phu luc)\s+[\divx]+|[ivx]+|\d{1,2})\s*[.:-]?\s*/, '');
  const captioned = titles.some((t) =>
    /^(?:du toan|tong hop du toan|tong hop kinh phi|kinh phi thuc hien|bang du toan)\b/.test(bare(t)),
  );
  // The section heading counts only when it is the last heading above the table: «IV. KINH PHÍ» then «V.
  // TỔ CHỨC THỰC HIỆN» over a task table leaves that table to the fifth section.
  const heading = titles.filter((t) => /^(?:[ivx]+|\d{1,2})\s*[.)]\s/.test(fold(stripMarks(t)).trim())).at(-1);
  const headed =
    heading !== undefined && /^(?:nguon )?kinh phi(?: va nguon kinh phi)?(?: thuc hien)?$/.test(bare(heading));
  const titled = captioned || headed;
  const spending = /^(?:nội dung|khoản|hạng mục) chi$/iu.test(stripMarks(cols.headers[cols.content] ?? '').trim());
  return titled || spending;
}

/**
 * Rule «member-list»: «STT | Họ và tên | Chức danh, đơn vị | Nhiệm vụ trong Đội» lists a team's
 * people and their places in it («Đội trưởng», «Đội viên», «Lái xe cứu thương»): who is in the
 * team, not work with a date. A column of names, no time, and roles of a few words only; cells
 * that hold real duties («Chủ trì rà soát hồ sơ … trước ngày …») are read as tasks.
 */
function isMemberList(rows: readonly string[][], cols: Columns): boolean {
  if (cols.deadline >= 0 || cols.periods.length > 0) return false;
  if (!cols.headers.some((h) => /^họ (?:và )?tên\b/iu.test(h.trim()))) return false;
  const roles = rows
    .slice(1)
    .map((r) => stripMarks(r[cols.content] ?? '').trim())
    .filter((c) => c !== '');
  return roles.length > 0 && roles.every((c) => c.split(/\s+/).length <= 5);
}

/**
 * Rule «place-list»: «TT | Tên điểm bố trí dân cư | Xã | Số hộ | Kinh phí | Chủ đầu tư | Thời gian
 * thực hiện» lists the places the plan's work is about, each with its investor and years: the work
 * itself is handed out in the text. Told by a content column that names places («Tên điểm …»,
 * «Địa điểm», «Vị trí») and cells that are the places' names («Điểm …», «Khu …»), no work in them.
 */
function isPlaceList(rows: readonly string[][], cols: Columns): boolean {
  if (!/^(?:tên điểm|địa điểm|vị trí)\b/iu.test(stripMarks(cols.headers[cols.content] ?? '').trim())) return false;
  const names = rows
    .map((r) => stripMarks(r[cols.content] ?? '').trim())
    .filter((c) => c !== '' && !/^(?:tổng cộng|tổng số|cộng|tổng)(?:\s|$)/iu.test(c));
  return names.length >= 2 && names.every((c) => PLACE.test(c) && c.split(/\s+/).length <= 20);
}

/** What a place's name opens with («Điểm tái định cư bản …», «Khu dân cư …», «Tuyến đê …»). */
const PLACE =
  /^(?:Điểm|Khu|Cụm|Bản|Thôn|Xóm|Ấp|Tổ dân phố|Tuyến|Đoạn|Công trình|Trường|Chợ|Bến|Trạm|Hồ|Đập|Cầu|Đường|Phố|Ngõ|Nút giao)\s/u;

/** Why a table with a task table's header hands out no work, or null when it does. */
export function notWorkReason(
  rows: readonly string[][],
  cols: Columns,
  titles: readonly string[],
  ctx?: ReadContext,
): string | null {
  if (isDoneList(titles)) return 'danh mục việc đã hoàn thành, không còn phải làm';
  // (A chasing letter's tracking table gives late work a new date: work, rule «renewed-deadline».)
  // Nor a table whose rows are due after the plan's date: that work is still to do.
  if ((isStatusTable(titles) || hasStatusColumn(rows, cols)) && cols.renewed < 0 && !dueAhead(rows, cols, ctx))
    return 'bảng tình hình thực hiện đến một ngày đã qua, không giao việc mới';
  if (isMemberList(rows, cols)) return 'danh sách thành viên và vai trò trong tổ, đội, không giao việc có thời hạn';
  if (isFiguresTable(rows, cols)) return 'bảng số liệu kết quả, không giao việc và không ghi thời hạn';
  if (isPlaceList(rows, cols)) return 'danh mục địa điểm, công trình kèm chủ đầu tư; việc đã giao ở phần nội dung';
  if (isBudgetTable(titles, cols)) return 'bảng dự toán kinh phí, không ghi thời hạn; việc đã giao ở phần nội dung';
  return null;
}

/**
 * Tables that are neither task tables nor the small borderless ones of the heading and the
 * signature: scoring criteria, budget forms, monitoring sites. Said once each in the preview,
 * with their header, so the coordinator knows what was left out and can check it by eye.
 */
export function skippedTables(doc: PlanDocument, seen: ReadonlySet<number>): string[] {
  const out: string[] = [];
  let continues: number | null = null;
  doc.blocks.forEach((block, at) => {
    if (block.type !== 'table' || seen.has(at)) return;
    const header = tableHeader(block.rows);
    const width = block.rows[0]?.length ?? 0;
    if (header) {
      continues = header.columns.width;
      return;
    }
    if (continues === width) return; // the next page of a task table
    continues = null;
    if (block.rows.length < 3 || width < 3) return;
    const head = block.rows[0]?.map((c) => stripMarks(c).replace(/\s+/g, ' ').trim()).filter((c) => c !== '') ?? [];
    const shown = head.slice(0, 4).join(' | ') + (head.length > 4 ? ' | …' : '');
    out.push(
      `Bỏ qua bảng «${shown}» (${block.rows.length} dòng, ${placeOf(doc, at)}): không có cột nội dung và cơ quan chủ trì, không phải bảng giao nhiệm vụ.`,
    );
  });
  return out;
}

/** A row of the table is due after the plan's own date («30/6/2026» in a plan of April 2026). */
function dueAhead(rows: readonly string[][], cols: Columns, ctx: ReadContext | undefined): boolean {
  if (!ctx?.planDate || cols.deadline < 0) return false;
  const planDate = ctx.planDate;
  // A done or dropped row's date says nothing of work ahead (rules «done-row», «dropped-row»).
  return rows.some((row) => {
    if (isDoneRow(row, cols)) return false;
    const date = normalizeDeadline(stripMarks(row[cols.deadline] ?? ''), deadlineContext(ctx)).date;
    return date !== null && date > planDate;
  });
}
