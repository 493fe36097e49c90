import { fold } from '../../domain/text.js';
import type { Block, PlanDocument, TableBlock } from '../document.js';
import { stripMarks } from '../document.js';
import type { DraftTask, LayoutResult, PlanLayout, ReadContext } from '../types.js';
import type { Who } from '../who-field.js';
import { leadInTable } from './lead-in-table.js';
import { workLedColumns } from './work-led-table.js';
import { notWorkReason, skippedTables } from './not-work-tables.js';
import {
  carryLostDeadline,
  carryLostMerges,
  groupAgency,
  groupDoer,
  groupLead,
  groupLedColumns,
  groupPeriod,
  groupTitle,
  isDoneRow,
  isRunningOrder,
  withGroupDoer,
  withDittoFilled,
} from './table-cells.js';
import { joinSpreadCells } from './spread-cells.js';
import { type RawRow, rowDrafts, withoutSubgroupTitles } from './table-row-drafts.js';
import { cell, type Columns, findColumns, isOrderHeader, leadCell, tableHeader } from './table-columns.js';

/**
 * Task tables ("Phụ lục nhiệm vụ"): columns are found by their header words; group
 * rows ("I. Nhiệm vụ chung") are headings, and numbering may restart in each group;
 * a table broken by a footnote or a page continues in the next headerless table of
 * the same width; a row whose deadline cell (or its footnote) lists report cycles
 * becomes one report row per cycle.
 */

export interface TableResult {
  drafts: DraftTask[];
  /** Whether the document has at least one task table. */
  found: boolean;
  /** The tables read as task tables, or set aside with a reason the preview already gives. */
  seen: Set<number>;
}

/** Appendix task tables, read by the meaning of their header words. */
export const appendixTableLayout: PlanLayout = {
  name: 'appendix-table',
  read(doc: PlanDocument, ctx: ReadContext): LayoutResult {
    const problems: string[] = [];
    const { drafts, seen } = tasksFromTables(doc, { ...ctx, problems });
    return {
      drafts,
      problems: [...problems, ...skippedTables(doc, seen)],
      duties: new Set(drafts.map((d) => d.at.block * 1e4 + d.at.item)).size,
    };
  },
};

/** Where the reading of a document's tables stands, table after table and row after row. */
interface TableReading {
  rows: RawRow[];
  current: Columns | null;
  found: boolean;
  inAppendix: boolean;
  /** The group row above («I», «II»), and the period it names (rule «group-period»). */
  group: string;
  period: string;
  /** The last task row of this group, which a row with neither number nor body goes on. */
  last: RawRow | null;
  /** The paragraph right above the table, and who it says does the rows (rule «lead-in-table»). */
  above: string;
  /** The last paragraphs since the table before: the table's title (see not-work-tables.ts). */
  titles: string[];
  given: Who | null;
  /** The body the group row above says leads its rows (rule «group-row-lead»). */
  groupLead: string | null;
  /** The body the group row's own doer cell names (rule «group-row-doer»). */
  groupDoer: string | null;
  /** The table names no doer column: each group row names the body of the rows under it. */
  byGroups: boolean;
  /** The table names no doer column: each row names its doer in its work (rule «work-led-table»). */
  byWork: boolean;
  seen: Set<number>;
  /** Rows a tracking table says are done (rule «done-row»), told in the preview. */
  done: number;
}

export function tasksFromTables(doc: PlanDocument, ctx: ReadContext): TableResult {
  const state: TableReading = {
    rows: [],
    current: null,
    found: false,
    inAppendix: false,
    group: '',
    period: '',
    last: null,
    above: '',
    titles: [],
    given: null,
    groupLead: null,
    groupDoer: null,
    byGroups: false,
    byWork: false,
    seen: new Set<number>(),
    done: 0,
  };
  doc.blocks.forEach((block: Block, blockIndex) => {
    if (block.type === 'para') {
      if (/^phu luc\b/.test(fold(block.text))) state.inAppendix = true;
      state.above = block.text;
      state.titles = [...state.titles, block.text].slice(-4);
      return;
    }
    readTable(state, block, blockIndex, ctx);
    state.above = '';
    state.titles = [];
  });
  const kept = withoutSubgroupTitles(state.rows);
  for (const r of kept.filter((x) => x.carried)) {
    ctx.problems.push(`${r.source}: ô cơ quan chủ trì để trống — lấy theo dòng trên (có thể là ô gộp); hãy kiểm tra.`);
  }
  for (const r of kept.filter((x) => x.carriedDeadline)) {
    ctx.problems.push(`${r.source}: ô thời gian để trống — lấy theo dòng trên (có thể là ô gộp); hãy kiểm tra.`);
  }
  if (state.done > 0) {
    ctx.problems.push(
      `Bỏ qua ${state.done} dòng bảng đã ghi «đã hoàn thành» ở cột tình trạng: không còn là việc phải làm.`,
    );
  }
  const drafts = kept.flatMap((r) => rowDrafts(r, ctx));
  return { drafts, found: state.found, seen: state.seen };
}

/** One table: a task table by its header, or the next page of the one above (same width). */
function readTable(state: TableReading, block: TableBlock, blockIndex: number, ctx: ReadContext): void {
  const leadIn = tableHeader(block.rows) ? null : leadInTable(state.above, block.rows[0] ?? []);
  const byGroups = tableHeader(block.rows) || leadIn ? null : groupLedColumns(block.rows);
  const byWork = tableHeader(block.rows) || leadIn || byGroups ? null : workLedColumns(block.rows);
  const ownColumns = leadIn?.columns ?? byGroups ?? byWork;
  const header = ownColumns ? { columns: ownColumns, skip: 1 } : tableHeader(block.rows);
  if (header) state.given = leadIn?.who ?? null;
  state.byGroups = byGroups !== null || (header === null && state.byGroups);
  state.byWork = byWork !== null || (header === null && state.byWork);
  const cols = header?.columns ?? state.current;
  // Not a task table, nor the next page of one (a headerless table of the same width). A table
  // that opens with a header row of its own («STT | Cụm | Cán bộ phụ trách | Số điện thoại») is
  // another table, whatever its width.
  const ownHeader = isOrderHeader(block.rows[0]?.[0] ?? '');
  if (!cols || (!header && ((block.rows[0]?.length ?? 0) !== cols.width || ownHeader))) {
    state.current = null;
    return;
  }
  const rows = header ? block.rows.slice(header.skip) : block.rows;
  state.seen.add(blockIndex);
  const place = block.page !== undefined ? `trang ${block.page}` : `dòng ${block.line ?? blockIndex + 1}`;
  if (header && isRunningOrder(rows, cols)) {
    state.current = null;
    ctx.problems.push(
      `Bỏ qua bảng chương trình theo giờ (${place}): đây là trình tự buổi lễ, hội nghị, không phải bảng giao nhiệm vụ.`,
    );
    return;
  }
  const notWork = header ? notWorkReason(rows, cols, state.titles, ctx) : null;
  if (notWork) {
    state.current = null;
    const shown = cols.headers.slice(0, 4).join(' | ') + (cols.headers.length > 4 ? ' | …' : '');
    ctx.problems.push(`Bỏ qua bảng «${shown}» (${place}): ${notWork}.`);
    return;
  }
  // A PDF's table (it has pages) spreads a merged cell's lines over the rows it covers.
  const body = block.mergesLost === true && block.page !== undefined ? joinSpreadCells(rows, cols) : rows;
  // A page that repeats the header goes on with the group above (its period, its lead).
  // (Not a new appendix with the same columns: a title stands between them.)
  const repeated =
    header !== null &&
    state.titles.every((t) => /^\s*[-–]?\s*\d{1,3}\s*[-–]?\s*$/u.test(stripMarks(t))) &&
    state.current?.headers.join('|') === cols.headers.join('|');
  if (header && !repeated)
    Object.assign(state, {
      current: cols,
      group: '',
      period: '',
      groupLead: null,
      groupDoer: null,
      last: null,
      found: true,
    });
  const where = state.inAppendix ? 'Phụ lục' : 'Bảng nhiệm vụ';
  body.forEach((row, rowIndex) => {
    const order = stripMarks(cell(row, cols.order)).replace(/\.$/, '');
    const kind = rowKind(state, row, cols, order);
    if (kind === 'skip') return;
    if (kind === 'task' && isDoneRow(row, cols, ctx)) {
      state.done += 1;
      state.last = null;
      return;
    }
    if (kind === 'group') {
      const content = groupTitle(row, cols) || order;
      const marker =
        order.match(/^([IVX]{1,5}|[A-ZĐ])$/) ?? `${order} ${content}`.trim().match(/^([IVX]{1,5}|[A-ZĐ])[.)]\s/);
      Object.assign(state, {
        group: marker?.[1] ?? '',
        period: groupPeriod(content, ctx),
        groupLead: groupLead(content),
        groupDoer: groupDoer(row, cols),
        last: null,
      });
      if (state.byGroups)
        state.given = { lead: [groupAgency(content) ?? ''].filter((n) => n !== ''), coordinating: [] };
      return;
    }
    // Rule «merged-doer-rows»: under a lost merge, a row with no number and no body but a duty and a
    // time of its own («| | | Xếp lớp học phần … | Trước 10/9/2026 |») is the next duty of the body
    // merged above, not the rest of the row above (a cell running on has no time of its own).
    const ownRow =
      kind === 'continuation' &&
      block.mergesLost === true &&
      cols.deadline >= 0 &&
      // (A row wrapped line by line goes on in lower case: «| | liên thông … | | tháng 6/2026 |».)
      /^\p{Lu}/u.test(stripMarks(cell(row, cols.content))) &&
      /^[\p{Lu}\d]/u.test(stripMarks(cell(row, cols.deadline))) &&
      state.last !== null &&
      cell(state.last.cells, cols.deadline) !== '';
    if (kind === 'continuation' && state.last && !ownRow) {
      // A cell spanning lines: the row goes on the previous one.
      const prev: RawRow = state.last;
      prev.cells = prev.cells.map((c, i) => [c, row[i] ?? ''].filter((x) => x.trim() !== '').join('\n'));
      return;
    }
    const above: RawRow | null | undefined = state.last ?? state.rows[state.rows.length - 1];
    const filled = withGroupDoer(withDittoFilled(row, cols, above?.cells), cols, state.groupDoer);
    const carried =
      block.mergesLost === true && above?.at.block === blockIndex && carryLostMerges(filled, cols, above.cells);
    // Rule «group-period» before «lost-merge»: under «II | Tháng 5 năm 2026» an empty time cell is
    // the group's month, not the last date of the row above.
    // (A schedule with no number column, grouped by its first column «Thời gian | Nội dung | Người
    // thực hiện», has a row of its own wherever a body does it, and its month merged over several.)
    const ownRowUnnumbered = cols.order < 0 && cols.deadline === 0 && cell(filled, cols.lead) !== '';
    const carriedDeadline =
      !carried &&
      (order !== '' || ownRowUnnumbered) &&
      state.period === '' &&
      block.mergesLost === true &&
      state.last?.at.block === blockIndex &&
      carryLostDeadline(filled, cols, state.last.cells);
    const { group } = state;
    state.last = {
      carried,
      carriedDeadline,
      given: state.given,
      workLed: state.byWork,
      groupLead: state.groupLead,
      cells: filled,
      cols,
      period: state.period,
      order: group ? `${group}.${order}` : order,
      source: `${where}, ${group ? `mục ${group}, ` : ''}dòng ${order || rowIndex + 1}`,
      at: { block: blockIndex, item: rowIndex },
    };
    state.rows.push(state.last);
  });
}

// A row's work opening with its own number («2. Hướng dẫn …»), in a table with no STT column.
const NUMBERED_WORK = /^\d{1,3}[.)]\s/;

/** What a body row of a task table is. */
function rowKind(
  state: TableReading,
  row: string[],
  cols: Columns,
  order: string,
): 'skip' | 'group' | 'continuation' | 'task' {
  const nonEmpty = row.filter((c) => c.trim() !== '');
  if (nonEmpty.length === 0) return 'skip';
  if (nonEmpty.length >= 3 && nonEmpty.every((c) => /^\(?\d{1,2}\)?$/.test(c.trim()))) return 'skip'; // (1) (2) (3)…
  // The header repeated on a new page; a numbered row is a task whatever words it holds
  // («1 | Việc lãnh đạo … thực hiện Nghị quyết | … | Ủy ban Kiểm tra Tỉnh ủy (chủ trì)»).
  // (A header's labels are short: «Tổ chức chương trình … trước Tết Nguyên đán» under «Tháng 02/2027»
  // is a row, whatever header words it holds.)
  if (!/^\d/.test(order) && row.every((c) => stripMarks(c).length <= 60) && findColumns(row)) return 'skip';
  const content = stripMarks(cell(row, cols.content));
  const leadText =
    cols.lead < 0 && cols.roles.length === 0 && state.given ? state.given.lead.join(', ') : leadCell(row, cols);
  // "I" + title, or "I. NHIỆM VỤ CHUNG" in one cell (often merged across the row).
  if (/^(?:[IVX]{1,5}|[A-ZĐ])$/.test(order)) return 'group';
  if (leadText === '' && /^(?:[IVX]{1,5}|[A-ZĐ])[.)]\s/.test(`${order} ${content}`.trim())) return 'group';
  // Rule «titled-group-row»: a row merged across the table with a title in words («Giai đoạn 1:
  // Tuyên truyền, rà soát (từ ngày 10/6/2026 đến ngày 10/7/2026)») groups the rows below.
  if (nonEmpty.length === 1 && order.length > 12 && /^\p{Lu}/u.test(order) && !/^\d/.test(order)) return 'group';
  // Rule «note-row»: in a numbered table, a row with neither a number nor a body («Không tổ chức
  // phiên họp thường kỳ (nghỉ Tết)») right under a group row is a note about the group, not work.
  // With a date it is work whose body is missing (kept, and the preview says so).
  const bodiless = order === '' && leadText === '' && cell(row, cols.coordinating) === '';
  if (bodiless && cols.order >= 0 && cell(row, cols.deadline) === '' && !state.last && state.group !== '')
    return 'skip';
  // A row without a number and without an agency continues the previous row. Rule
  // «numbered-in-the-work»: in a table with no STT column whose rows number their work («1. Tham
  // mưu …», «2. Hướng dẫn …»), the next number opens a row of its own; its lead was merged above.
  const ownNumber =
    cols.order < 0 &&
    NUMBERED_WORK.test(content) &&
    NUMBERED_WORK.test(stripMarks(cell(state.last?.cells ?? [], cols.content)));
  if (order === '' && leadText === '' && state.last && !ownNumber) return 'continuation';
  return 'task';
}
