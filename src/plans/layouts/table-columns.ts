import { fold } from '../../domain/text.js';
import { stripMarks } from '../document.js';

/** The roles of a table's columns, read from the words of its header (appendix-table.ts reads the rows). */

export interface Columns {
  order: number;
  content: number;
  lead: number;
  coordinating: number;
  deadline: number;
  product: number;
  /** «Ghi chú»: read for a deadline only when the table has no deadline column. */
  notes: number;
  /** «Tình trạng», «Tình hình thực hiện»: how the work stands (rule «done-row»). */
  status: number;
  /** «Đề nghị», «Thời hạn mới»: a chasing letter's new deadline for late work (rule «renewed-deadline»). */
  renewed: number;
  width: number;
  /** One column per body, marked «C» (chủ trì) or «P» (phối hợp) in each row: «role-matrix». */
  roles: RoleColumn[];
  /** Columns headed by a period, ticked «x» in the rows done then: «timeline-columns». */
  periods: number[];
  /** The header's cells as written, one line each. */
  headers: string[];
}

export interface RoleColumn {
  at: number;
  /** The header as written: a body's name or its abbreviation («STC», «UBND xã, phường»). */
  agency: string;
}

/**
 * Column roles by the words of their header (folded), whatever the drafting office calls them:
 * data, so a new wording is one more entry. The order within a role does not matter; a column
 * takes the first role (in the order of `findColumns`) that names it.
 */
const HEADER_WORDS = {
  order: /^(?:stt|so tt|tt|so thu tu|sott|sothutu)$/,
  // «Cơ quan tham mưu, giúp việc» (a party programme): the staff body that carries the work out.
  // «Đơn vị đầu mối»: the body that answers for the row.
  // «Họ và tên, chức vụ» (a team's members, each with the work given to them).
  // «Cơ quan báo cáo», «Đơn vị gửi báo cáo»: in a table of reports, who sends each one.
  lead: /chu tri|(?:co quan|don vi|bo phan)(?:,? \S+)?(?: \S+)? thuc hien|^(?:co quan|don vi) (?:gui )?bao cao$|^nguoi thuc hien|^ho (?:va )?ten(?:,? chuc vu)?$|^(?:co quan|don vi) (?:tham muu|dau moi)|^(?:co quan|don vi|co quan,? don vi|don vi,? co quan)$|chiu trach nhiem|phu trach|trach nhiem chinh/,
  preparer: /^(?:co quan|don vi)(?:,? \S+)? chuan bi/,
  // «Cơ quan rà soát, đề xuất phương án», «Đơn vị soạn thảo»: a body column named by its work.
  doer: /^(?:co quan|don vi)(?:,? \S+)? (?:ra soat|de xuat|soan thao|trinh|tham dinh|xay dung|to chuc|trien khai|tham muu)(?:\s|$)/,
  // A list of projects names the investor who carries each one out («Chủ đầu tư»), when no
  // column says who leads.
  investor: /^chu dau tu$/,
  content:
    /noi dung|nhiem vu|cong viec|^(?:loai|ten|ky) bao cao$|ten de an|hoat dong|giai phap|bien phap|de an|du an|chuong trinh|chi tieu|danh muc|viec can lam|cong trinh|^ten (?!don vi|co quan|xa|phuong|dia phuong|to chuc|ca nhan|tap the|co so|doanh nghiep|truong|nguoi|ho |thon|khu|cong ty|hop tac xa)/,
  coordinating: /phoi hop/,
  // «Từ | Đến», «Bắt đầu | Kết thúc»: the two halves of a time column (rule «end-date-column»).
  deadline: /thoi gian|thoi han|tien do|hoan thanh|thoi diem|^han\b|moc|ket thuc|bat dau|^tu$|^den$/,
  product: /san pham|ket qua/,
  notes: /^ghi chu$/,
} as const;

/**
 * A column about how the work stands («Tình hình thực hiện (theo báo cáo của cơ quan chủ trì)»,
 * «Kết quả thực hiện»): it may name the lead body in its header, it never holds it.
 */
const STATUS = /^(?:tinh hinh|tinh trang|ket qua|tien do thuc hien|ly do|nguyen nhan|ghi chu)/;

/** Where a tracking table says how each row stands (not its notes, nor its reasons). */
// «Kết quả (đến ngày 08/4/2026)» too: a result as of a day is a state; a bare «Kết quả» may be the product.
const STATE =
  /^(?:tinh hinh thuc hien|tinh trang|ket qua thuc hien|tien do thuc hien|ket qua \(?(?:den|tinh den) ngay\b)/;

/** A chasing letter's new deadline for what is late: «Đề nghị», «Thời hạn đề nghị», «Gia hạn đến». */
const RENEWED =
  /^(?:de nghi|kien nghi|thoi han moi|han moi|gia han|thoi han (?:de nghi|dieu chinh)|dieu chinh thoi han)/;

/** What an inspection or a review found, not the work that answers it. */
const FINDING = /^(?:noi dung )?(?:ket luan|ton tai|han che|vi pham|thieu sot|sai pham)/;

/** «Chủ nhiệm nhiệm vụ», «Chủ nhiệm đề tài»: the scientist in charge, a person, not what is done. */
const PERSON = /^chu nhiem/;

/** A column naming who chairs a meeting («Lãnh đạo chủ trì», «Người chủ trì»): a person, not a body. */
const CHAIR = /^(?:lanh dao|nguoi)(?: \S+){0,3} chu tri/;

/**
 * A header cell's words, folded; a column's number a PDF read into it from the numbering row
 * under the header («STT (1)», «Nội dung nhiệm vụ (2)») is not one of them.
 */
// («Bộ phận/Người thực hiện» reads as «Bộ phận, người thực hiện»: a slash joins two ways of saying who.)
const headerWords = (c: string): string =>
  fold(
    stripMarks(c)
      .replace(/\s*\(\d{1,2}\)\s*$/u, '')
      .replace(/(?<=\p{L})\s*\/\s*(?=\p{L})/gu, ', '),
  );

/** The header's cells as written, one line each (a timeline column's period, for its rows). */
const headerTexts = (header: readonly string[]): string[] =>
  header.map((c) => stripMarks(c).replace(/\s+/g, ' ').trim());

/** «STT», «TT», «Số thứ tự» (folded), even wrapped inside the word by a narrow column («ST / T»). */
const isOrderWord = (folded: string): boolean =>
  HEADER_WORDS.order.test(folded) || HEADER_WORDS.order.test(folded.replace(/\s+/g, ''));

/** The cell heads a table's numbering column: the table opens with a header row of its own. */
export const isOrderHeader = (cellText: string): boolean => isOrderWord(fold(stripMarks(cellText)));

export function findColumns(header: string[]): Columns | null {
  const f = header.map(headerWords);
  const at = (re: RegExp, not: number[] = []): number => f.findIndex((c, i) => re.test(c) && !not.includes(i));
  // Rule «preparing-body»: in a calendar of meetings «Lãnh đạo chủ trì» names who chairs (a
  // person); the body that prepares the item («Cơ quan chuẩn bị») is the one with work to do.
  // A real «Cơ quan chủ trì» column still leads where there is one.
  const preparer = f.findIndex((c) => HEADER_WORDS.preparer.test(c));
  const leading = f.findIndex(
    (c) => HEADER_WORDS.lead.test(c) && !HEADER_WORDS.coordinating.test(c) && !CHAIR.test(c) && !STATUS.test(c),
  );
  const named = leading >= 0 ? leading : preparer;
  const doer = f.findIndex((c) => HEADER_WORDS.doer.test(c));
  const lead = named >= 0 ? named : doer >= 0 ? doer : f.findIndex((c) => HEADER_WORDS.investor.test(c));
  // A «Tên …» column is the content only when no column says «Nội dung» / «Nhiệm vụ» (a list of
  // procedures to review, «Tên thủ tục hành chính»).
  // Rule «remedy-column»: beside what an inspection found («Nội dung Kết luận», «Tồn tại, hạn chế»)
  // the work is the remedy («Biện pháp khắc phục»).
  const namedContent = f.findIndex(
    (c, i) => HEADER_WORDS.content.test(c) && !/^ten /.test(c) && !FINDING.test(c) && !PERSON.test(c) && i !== lead,
  );
  const content = namedContent >= 0 ? namedContent : at(HEADER_WORDS.content, [lead]);
  if (lead < 0 || content < 0) return null;
  const deadline = deadlineColumn(f, [lead, content]);
  return {
    // «ST / T»: a narrow column wraps its header inside the word.
    order: f.findIndex(isOrderWord),
    content,
    lead,
    coordinating: at(HEADER_WORDS.coordinating, [lead, content]),
    deadline,
    product: at(HEADER_WORDS.product, [lead, content]),
    notes: at(HEADER_WORDS.notes, [lead, content]),
    status: at(STATE, [lead, content, deadline]),
    renewed: at(RENEWED, [lead, content, deadline]),
    width: header.length,
    roles: [],
    periods: deadline < 0 ? periodColumns(f) : [],
    headers: headerTexts(header),
  };
}

/**
 * A body's column header as written. A narrow column wraps its letters inside the word («BQ» / «L»,
 * «SKHC» / «N» in a PDF): a piece of one or two capitals after capitals is the same abbreviation.
 */
function columnName(header: string): string {
  const text = stripMarks(header).replace(/\s+/g, ' ').trim();
  // (Lookarounds, not \b: in JavaScript \b knows only ASCII letters, and «Đ» is not one.)
  return text.replace(/(?<=(?<![\p{L}\p{N}])[\p{Lu}Đ&]{2,})\s(?=[\p{Lu}Đ]{1,2}(?![\p{L}\p{N}]))/gu, '');
}

/** A row's cell by column index, trimmed; '' for a column the table does not have. */
export const cell = (row: readonly string[], i: number): string => (i >= 0 ? (row[i] ?? '').trim() : '');

/** A cell of a role matrix: who leads («C», «CT», «X», «Chủ trì») or takes part («P», «PH», «Phối hợp»). */
export const LEAD_MARK = /^(?:c|ct|x|chu tri)$/;
const ROLE_MARK = /^(?:c|ct|x|chu tri|p|ph|phoi hop)$/;

/**
 * Rule «role-matrix»: a task table with no «chủ trì» column but one column per body, each row
 * marking who leads («C») and who takes part («P»): «TT | Nhiệm vụ | BQL | STC | SXD | … | Thời
 * hạn». At least three columns hold nothing but marks, and most rows mark someone.
 */
function matrixColumns(rows: string[][]): Columns | null {
  const header = rows[0] ?? [];
  const f = header.map(headerWords);
  const content = f.findIndex((c) => HEADER_WORDS.content.test(c));
  if (content < 0) return null;
  const body = rows.slice(1).filter((r) => stripMarks(r[content] ?? '').trim() !== '');
  const mark = (r: string[], i: number): string => fold(stripMarks(r[i] ?? '')).trim();
  const roles = f.flatMap((c, i) => {
    if (i === content || c === '' || c.length > 40 || HEADER_WORDS.order.test(c)) return [];
    // «Tháng 1 | Tháng 2 | …», «Đợt 1», «Quý I»: a timetable's columns, not bodies.
    if (/^(?:thang|quy|tuan|dot|nam|giai doan|ky)\b|^\d/.test(c) || PERIOD_HEADER.test(c)) return [];
    const marks = body.map((r) => mark(r, i)).filter((m) => m !== '');
    return marks.length > 0 && marks.every((m) => ROLE_MARK.test(m))
      ? [{ at: i, agency: columnName(header[i] ?? '') }]
      : [];
  });
  const marked = body.filter((r) => roles.some((role) => mark(r, role.at) !== '')).length;
  if (roles.length < 3 || marked * 2 < body.length) return null;
  const taken = [content, ...roles.map((r) => r.at)];
  const at = (re: RegExp): number => f.findIndex((c, i) => re.test(c) && !taken.includes(i));
  return {
    order: at(HEADER_WORDS.order),
    content,
    lead: -1,
    coordinating: -1,
    deadline: deadlineColumn(f, taken),
    product: at(HEADER_WORDS.product),
    notes: at(HEADER_WORDS.notes),
    status: -1,
    renewed: -1,
    width: header.length,
    roles,
    periods: [],
    headers: headerTexts(header),
  };
}

/**
 * Rule «end-date-column»: «Thời gian bắt đầu | Thời gian kết thúc» (or «Từ | Đến») — the task is
 * due when it ends, so the deadline is the end column; one time column is the deadline whatever
 * it says.
 */
function deadlineColumn(folded: string[], not: number[]): number {
  // Rule «duration-column»: «Thời hạn thanh tra (ngày làm việc)», «Số ngày» count days; they date nothing.
  // (Folded, the brackets are gone: the unit «ngày (làm việc)» ends the header.)
  const duration = /\s(?:so )?ngay(?: lam viec)?$|\bso ngay\b/;
  const times = folded.flatMap((c, i) =>
    HEADER_WORDS.deadline.test(c) && !duration.test(c) && !not.includes(i) ? [i] : [],
  );
  if (times.length < 2) return times[0] ?? -1;
  return times.find((i) => /ket thuc|hoan thanh|\bden\b/.test(folded[i] ?? '')) ?? times[times.length - 1] ?? -1;
}

/**
 * Rule «timeline-columns»: a Gantt chart heads its columns with periods («Từ 16/11 đến 30/11/2026»,
 * «T1» … «T12», «Quý I», «Tháng 3/2026») and ticks «x» in the periods a row is done in; with no
 * time column, the last ticked period dates the row. Two such columns at least.
 */
const PERIOD_HEADER =
  /^(?:tu (?:ngay )?\d{1,2}\/\d{1,2}(?:\/\d{4})? den (?:ngay )?\d{1,2}\/\d{1,2}(?:\/\d{4})?|(?:thang|t) ?\d{1,2}(?:\/\d{4})?|quy [ivx]{1,3}(?:\/\d{4})?|tuan \d(?: thang \d{1,2}(?:\/\d{4})?)?)$/;

function periodColumns(folded: string[]): number[] {
  const at = folded.flatMap((c, i) => (PERIOD_HEADER.test(c) ? [i] : []));
  return at.length >= 2 ? at : [];
}

/** A cell ticked in a timeline: «x», «X», «✓», «•». */
export const TICK = /^(?:x|✓|✔|•|●|■|\+)$/iu;

/**
 * A schedule's header: what is done and when, with no column saying who («Thời gian | Nội dung kiểm
 * tra | Đơn vị được kiểm tra»); who does it is said above the table (rule «lead-in-table»).
 */
export function scheduleColumns(header: string[]): Columns | null {
  const f = header.map(headerWords);
  if (header.length < 2 || f.some((c) => HEADER_WORDS.lead.test(c) && !/duoc/.test(c) && !STATUS.test(c))) return null;
  const content = f.findIndex((c) => HEADER_WORDS.content.test(c));
  const deadline = deadlineColumn(f, [content]);
  if (content < 0 || deadline < 0) return null;
  const at = (re: RegExp): number => f.findIndex((c, i) => re.test(c) && i !== content && i !== deadline);
  return {
    order: f.findIndex(isOrderWord),
    content,
    lead: -1,
    coordinating: at(HEADER_WORDS.coordinating),
    deadline,
    product: at(HEADER_WORDS.product),
    notes: at(HEADER_WORDS.notes),
    status: -1,
    renewed: -1,
    width: header.length,
    roles: [],
    periods: [],
    headers: headerTexts(header),
  };
}

/** A table whose header names at least a content and a lead column. */
export function isTaskTable(rows: string[][]): boolean {
  return tableHeader(rows) !== null;
}

/** The second line of a two-row header under «Thời gian» or «Phân công». */
const SUB_HEADING =
  /^(?:(?:thời gian|thời điểm|ngày|dự kiến)\s+)?(?:bắt đầu|khởi công|hoàn thành|kết thúc|từ(?: ngày)?|đến(?: ngày)?|chủ trì|phối hợp)(?:\s*\([^()]*\))?$/iu;

/** Header of a table: its first row, or its first two rows read together (a merged header). */
export function tableHeader(rows: string[][]): { columns: Columns; skip: number } | null {
  const first = rows[0] ?? [];
  const one = findColumns(first);
  const second = rows[1];
  // A row that opens with its number («1 | Việc lãnh đạo … | … (chủ trì)») is the first task, not
  // the second line of the header, whatever words it holds.
  if (second && !/^\d{1,3}[.)]?$/.test(stripMarks(second[0] ?? '').trim())) {
    // A cell spanning both header rows is repeated in the second: read it once («STT», not «STT STT»).
    const merged = first.map((c, i) => (c.trim() === (second[i] ?? '').trim() ? c : `${c} ${second[i] ?? ''}`));
    const two = findColumns(merged);
    // «Thời gian thực hiện» over «Bắt đầu | Hoàn thành»: the second row says which column ends the work.
    // Only a row of sub-headings (every cell «Bắt đầu», «Hoàn thành», «Từ», «Đến»…): never a table's
    // first row or a group row.
    // (A cell spanning both rows comes again in the second: it is no sub-heading.)
    const subHeadings = second.filter((c, i) => stripMarks(c).trim() !== '' && c.trim() !== (first[i] ?? '').trim());
    const splitsTime =
      one !== null &&
      two !== null &&
      two.deadline >= 0 &&
      two.deadline !== one.deadline &&
      subHeadings.length > 0 &&
      subHeadings.every((c) => SUB_HEADING.test(stripMarks(c).trim()));
    if (two && (!one || (one.coordinating < 0 && two.coordinating >= 0) || splitsTime))
      return { columns: two, skip: 2 };
  }
  if (one) return { columns: one, skip: 1 };
  const matrix = matrixColumns(rows);
  return matrix ? { columns: matrix, skip: 1 } : null;
}

/** The «who» of a row: its lead cell, or in a role matrix the marks of the row. */
export function leadCell(row: string[], cols: Columns): string {
  if (cols.roles.length === 0) return cell(row, cols.lead);
  return cols.roles
    .map((r) => cell(row, r.at))
    .filter((c) => c !== '')
    .join(' ');
}

/** Rule «role-matrix»: the bodies marked «C» lead, those marked «P» take part. */
export function matrixRoles(row: string[], cols: Columns): { lead: string[]; coordinating: string[] } {
  const marked = cols.roles.filter((r) => cell(row, r.at) !== '');
  const leads = (r: RoleColumn): boolean => LEAD_MARK.test(fold(stripMarks(cell(row, r.at))));
  return {
    lead: marked.filter(leads).map((r) => r.agency),
    coordinating: marked.filter((r) => !leads(r)).map((r) => r.agency),
  };
}
