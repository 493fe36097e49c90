import { capitalize, coordinatingIn, isBodyName, splitAgencies } from '../agency-list.js';
import { cellParts, type DoerDuty, dutiesInDoerCell } from '../cell-parts.js';
import { footnoteRefs, stripMarks } from '../document.js';
import { applyDeadline, deadlinePhraseIn, dutyDrafts, emptyDraft, reportDrafts } from '../duty.js';
import { firstNamedLead } from '../first-named-leads.js';
import { findReportCycles } from '../report-cycles.js';
import type { DraftTask, Position, ReadContext } from '../types.js';
import { readWho, type Who } from '../who-field.js';
import { datedNote, noteNarrowingTime, renewedDeadline, tickedPeriod } from './table-cells.js';
import { cell, type Columns, matrixRoles } from './table-columns.js';
import { GIVEN_LEAD, whoInWork } from './work-led-table.js';

/**
 * One row of a task table, as read (appendix-table.ts), and the task rows it makes: its lead and
 * coordinating bodies, its time (or the report cycles its time cell names), its product, and one
 * duty per piece of a cell that lists several.
 */

export interface RawRow {
  /** The agency was carried down from the row above (rule «lost-merge»). */
  carried?: boolean;
  /** Only the deadline was carried down from the row above (rule «lost-merge», same group). */
  carriedDeadline?: boolean;
  /** Who does the rows of a table that does not say it (rule «lead-in-table»). */
  given?: Who | null;
  /** The table has no doer column: the row names its doer in its work (rule «work-led-table»). */
  workLed?: boolean;
  /** The body its group row says leads it (rule «group-row-lead» in table-cells.ts). */
  groupLead?: string | null;
  cells: string[];
  cols: Columns;
  /** The period its group row names («THÁNG 01/2026»): see «group-period». */
  period: string;
  order: string;
  source: string;
  at: Position;
}

/**
 * Rule «subgroup-title»: a numbered row with no agency and no deadline whose next row is numbered
 * under it («1 | Chiến dịch tiêm bổ sung vắc xin sởi - rubella» then «1.1 …», «1.2 …») titles
 * the rows below; it is not a task of its own.
 */
export function withoutSubgroupTitles(rows: RawRow[]): RawRow[] {
  return rows.filter((r, k) => {
    const next = rows[k + 1];
    const empty = (i: number): boolean => cell(r.cells, i) === '' || (r.carried === true && i !== r.cols.content);
    return !(r.order !== '' && next?.order.startsWith(`${r.order}.`) && empty(r.cols.lead) && empty(r.cols.deadline));
  });
}

export function rowDrafts(raw: RawRow, ctx: ReadContext): DraftTask[] {
  const drafts = rowDuties(raw, ctx);
  // Rule «report-table»: «Loại báo cáo | Cơ quan báo cáo | Nơi nhận | Thời hạn gửi» — every row is a report.
  const { cols } = raw;
  const reports = [cols.content, cols.lead].some((at) => /báo cáo/iu.test(cols.headers[at] ?? ''));
  return reports ? drafts.map((d) => (d.kind === 'task' ? { ...d, kind: 'report' } : d)) : drafts;
}

function rowDuties(
  { cells: row, cols, order, source, at, period, given, groupLead, workLed }: RawRow,
  ctx: ReadContext,
): DraftTask[] {
  const content = stripMarks(cell(row, cols.content)).replace(/\s*\n\s*/g, ' ');
  // Rule «figure-is-no-work»: a «content» cell holding a figure only («300», «95,1%») is a target
  // or a count in a table whose header was read wrong (a PDF's two-row header); no one can do it.
  if (/^[(]?[-–+]?\d[\d.,\s]*%?[)]?$/u.test(content)) return [];
  // «Cơ quan thực hiện» may say both who leads and who supports («X chủ trì, phối hợp Y»).
  const read =
    cols.roles.length > 0
      ? matrixRoles(row, cols)
      : (given ?? (workLed ? whoInWork(content) : null) ?? underGroupLead(cell(row, cols.lead), groupLead));
  // (Only a single doer column: a table with its own «phối hợp» column says who leads by itself.)
  const single = cols.roles.length === 0 && cols.coordinating < 0;
  const who = ctx.firstNamedLeads && !given && single ? firstNamedLead(read) : read;
  // Rule «lead-in-work-cell»: a doer cell that names only partners («Phối hợp: BCH QS phường, …») beside
  // «Giao Công an phường chủ trì tổ chức …»: the work cell names who leads.
  const lead = who.lead.length > 0 ? who.lead : leadInWork(content);
  const coordinating = [...who.coordinating, ...splitAgencies(cell(row, cols.coordinating))];
  const timeCell =
    (cols.deadline >= 0
      ? renewedDeadline(row, cols, ctx) || cell(row, cols.deadline)
      : datedNote(cell(row, cols.notes), ctx) || tickedPeriod(row, cols)) || period;
  const note = cols.deadline >= 0 ? cell(row, cols.notes) : '';
  const rawDeadline = noteNarrowingTime(timeCell, note, ctx) || timeCell;
  const deadlineText = stripMarks(rawDeadline).replace(/\s*\n\s*/g, ' ');
  const base = { kind: 'task' as const, order, lead, coordinating, source, at };
  const doerDuties = cols.roles.length === 0 && !given && !workLed ? dutiesInDoerCell(cell(row, cols.lead)) : null;
  if (doerDuties) return doerCellDrafts(doerDuties, content, base, deadlineText, ctx);
  const parts = cellParts(cell(row, cols.content));
  if (lead.length === 0 && parts.some((p) => p.lead === null)) {
    ctx.problems.push(`${source} không ghi cơ quan chủ trì — để trống.`);
  }

  // Report cycles: in the deadline cell itself, or in the footnotes it points to.
  const refs = footnoteRefs(rawDeadline);
  const notes = refs.map((n) => ctx.footnotes.get(n) ?? '').join(' ');
  // Rule «note-dates-the-cycles»: «Định kỳ 6 tháng, năm» beside a «Ghi chú» that dates each cycle
  // («Số liệu 6 tháng trước 15/6/2026; số liệu năm trước 15/11/2026»).
  const named = findReportCycles(`${deadlineText} ${notes}`, ctx.year, ctx.planDate ?? null);
  const undated = named.length > 0 && named.every((c) => c.deadlineText === '');
  const cycles =
    undated && note !== ''
      ? findReportCycles(`${deadlineText} ${stripMarks(note)}`, ctx.year, ctx.planDate ?? null)
      : named;
  if (cycles.some((c) => c.deadlineText !== '')) {
    const noted = refs.length > 0 ? `${source} (chú thích ${refs.join(', ')})` : source;
    return reportDrafts(cycles, content, { ...base, source: noted }, ctx);
  }
  if (refs.some((n) => !ctx.footnotes.has(n))) {
    ctx.problems.push(`${source}: không tìm thấy chú thích ${refs.join(', ')} của cột thời hạn.`);
  }
  const product = stripMarks(cell(row, cols.product)).replace(/\s*\n\s*/g, '; ');
  if (parts.length === 1) {
    const draft = emptyDraft(parts[0]?.lead ? { ...base, lead: parts[0].lead } : base, parts[0]?.content ?? content);
    // Rule «deadline-in-content»: a table with no time column dates its rows in their words.
    applyDeadline(
      draft,
      cols.deadline < 0 && deadlineText === '' ? deadlinePhraseIn(draft.content, ctx) : deadlineText,
      ctx,
    );
    draft.product = product;
    return [draft];
  }
  // Each piece of a multi-duty cell is read as a duty: its own date, its report row («- Báo cáo …
  // định kỳ hằng tháng (trước ngày 25)»); the row's deadline is for the pieces that name none.
  // Rule «line-per-duty»: a time cell with one line per duty («Thường xuyên» / «Trước 30/5/2026»
  // beside two bullets) times each duty by its own line.
  const timeLines = stripMarks(rawDeadline)
    .split(/\s*\n\s*/)
    .filter((l) => l !== '');
  const timeOf = (k: number): string => (timeLines.length === parts.length ? (timeLines[k] ?? '') : deadlineText);
  return parts.flatMap((part, k) =>
    dutyDrafts(part.content, { ...base, lead: part.lead ?? base.lead }, ctx).map((draft) => {
      if (draft.deadlineText === '' && draft.kind !== 'report') applyDeadline(draft, timeOf(k), ctx);
      draft.product = product;
      return draft;
    }),
  );
}

/** A row's doers under a group row that names its lead: the cell's bodies join it (rule «group-row-lead»). */
function underGroupLead(doers: string, lead: string | null | undefined): Who {
  const read = readWho(doers);
  if (!lead || /chủ trì/iu.test(doers)) return read;
  const named = [...read.lead, ...read.coordinating]
    .map((name) => name.replace(/\s+phối hợp$/u, ''))
    .filter((name) => name !== '' && name !== lead);
  return { lead: [lead], coordinating: named };
}

function leadInWork(content: string): string[] {
  const m = content.match(GIVEN_LEAD);
  const names = m?.[1] ? splitAgencies(m[1]) : [];
  return names.length > 0 && names.every(isBodyName) ? names : [];
}

/** The row's tasks when its doer cell hands the work out body by body: the row's work titles each share. */
function doerCellDrafts(
  duties: DoerDuty[],
  title: string,
  base: Omit<DraftTask, 'content' | 'deadlineText' | 'deadline' | 'recurrence' | 'product'>,
  deadlineText: string,
  ctx: ReadContext,
): DraftTask[] {
  return duties.flatMap((duty) => {
    const piece = duty.content.replace(/\s*[;.]\s*$/u, '');
    const content = title === '' ? capitalize(piece) : `${title.replace(/[.:;]\s*$/u, '')}: ${piece}`;
    const kind = duty.request ? ('request' as const) : ('task' as const);
    const drafts = dutyDrafts(
      content,
      { ...base, kind, lead: duty.lead, coordinating: coordinatingIn(duty.content) },
      ctx,
    );
    for (const d of drafts) if (d.deadlineText === '' && d.kind !== 'report') applyDeadline(d, deadlineText, ctx);
    return drafts;
  });
}
