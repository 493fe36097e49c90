import { isOrderHeader } from './layouts/table-columns.js';
import type { Line } from './pdf-lines.js';
import { bodyColumns, cellsOf, joinerOf, widestLines } from './pdf-table-cells.js';
import {
  type Column,
  columnOfRun,
  columnsByText,
  columnsOf,
  placeLine,
  type SubHeader,
  subHeaders,
} from './pdf-table-columns.js';
import {
  afterRepeatedHeader,
  opensRow,
  ownTimeRow,
  resumesCells,
  type RowReading,
  type TableFrame,
} from './pdf-table-rows.js';
import { centredRowBands } from './pdf-table-bands.js';
import { tableEnd } from './pdf-table-end.js';
import { CellSpacing, centredHead, isTwoColumnHeader, lineText } from './pdf-table-head.js';

/**
 * A table in a PDF's lines: a run of lines whose segments start at the columns of a header row.
 * A row starts where the first column has a number (or after a row's extra spacing), wrapped cell
 * lines join their cell, a table goes on across a page break and a repeated header row is dropped.
 */

/**
 * Rule «spilled-cell»: a merged cell's text stands where the merge begins and may wrap past the
 * next row's number («UBND các xã,» then «phường» beside row 2). A cell that opens in lower case
 * after a cell above that ends open (a comma, «và», «các») is the end of that cell.
 */
function joinSpilledCells(rows: string[][]): void {
  for (let k = 2; k < rows.length; k++) {
    const row = rows[k]!;
    const above = rows[k - 1]!;
    row.forEach((cell, c) => {
      if (c === 0 || !/^\p{Ll}/u.test(cell) || !/(?:,|\s(?:và|các|của|với))$/u.test(above[c] ?? '')) return;
      above[c] = `${above[c]} ${cell}`;
      row[c] = '';
    });
  }
}

/**
 * Word repeats the header row on each page of a long table: keep it once. A repeat may be drawn
 * shorter, its last words on the line of the first row («Thời gian hoàn» / «Quý I/2026thành»): a
 * row whose cells all begin the header's cells is the header again, and the rest of its words
 * come off the end of the next row's cells.
 */
function dropRepeatedHeaders(rows: string[][], header: readonly string[]): string[][] {
  const out: string[][] = [];
  rows.forEach((row, k) => {
    const filled = row.filter((cell) => cell !== '').length;
    const repeat =
      k > 0 && filled >= Math.ceil(row.length / 2) && row.every((cell, c) => (header[c] ?? '').startsWith(cell));
    if (!repeat) return void out.push(row);
    const next = rows[k + 1];
    row.forEach((cell, c) => {
      const rest = (header[c] ?? '').slice(cell.length).trim();
      if (next && rest !== '' && cell !== '' && next[c]?.endsWith(rest))
        next[c] = next[c].slice(0, -rest.length).trim();
    });
  });
  return out;
}

/**
 * A table starting at `start`: a header line of three segments or more, then every line whose
 * runs all stand in its columns, up to a wide gap. Null when `start` starts no table.
 */
export function tableAt(lines: readonly Line[], start: number): { rows: string[][]; end: number } | null {
  return tallLabelTable(lines, start) ?? tableFrom(lines, start);
}

/**
 * Rule «tall-header-label»: a label of more lines than the others («Thời / gian / thực / hiện» in a
 * narrow column) starts a whole line above the header's other labels, alone. Its words are the
 * first of the label under them that goes on in lower case («gian thực hiện»), so no caption or
 * page number above a table is taken for one.
 */
function tallLabelTable(lines: readonly Line[], start: number): { rows: string[][]; end: number } | null {
  const top = lines[start]!;
  const head = lines[start + 1];
  if (!head || head.pageStart || top.segments.length > 2 || head.segments.length < 3) return null;
  const gap = top.y - head.y;
  if (gap <= 0 || gap >= 1.5 * head.size) return null;
  const under = top.segments.map((seg) =>
    head.segments.find((h) => seg.x < h.end && h.x < seg.end && /^\p{Ll}/u.test(h.text.trim())),
  );
  if (top.segments.some((seg, k) => !under[k] || seg.text.trim().split(/\s+/).length > 2)) return null;
  const table = tableFrom(lines, start + 1);
  const header = table?.rows[0];
  if (!table || !header) return null;
  top.segments.forEach((seg, k) => {
    const label = under[k]!.text.trim();
    const c = header.findIndex((cell) => cell.startsWith(label));
    if (c >= 0) header[c] = `${seg.text.trim()} ${header[c]}`;
  });
  return table;
}

function tableFrom(lines: readonly Line[], start: number): { rows: string[][]; end: number } | null {
  const centred = centredHead(lines, start);
  const head = centred ?? lines[start]!;
  if (head.segments.length < 3 && !isTwoColumnHeader(head)) return null;
  const { columns, groups } = subHeaders(lines, centred ? start + 1 : start, columnsOf(head));
  const end = tableEnd(lines, { start, headLine: lines[centred ? start + 1 : start]!, columns, groups });
  if (end - start < 2) return null;
  const body = columnsByText(lines.slice(start + (centred ? 2 : 1), end), columns, groups);
  const rows = finishRows(readRows(frameOf(lines, { start, end, head, columns: body, groups })), groups);
  return rows ? { rows, end } : null;
}

function frameOf(
  lines: readonly Line[],
  {
    start,
    end,
    head,
    columns,
    groups,
  }: { start: number; end: number; head: Line; columns: readonly Column[]; groups: readonly SubHeader[] },
): TableFrame {
  // The spacing of lines inside a cell is the smallest; a row's borders and padding add to it.
  // (A centred header's half lines are no spacing: rule «centred-header».)
  const spacing = new CellSpacing();
  for (let k = start + 1; k < end; k++) spacing.add(lines[k - 1]!.y - lines[k]!.y, lines[k]!.size, lines[k]!.pageStart);
  const lineGap = spacing.smallest;
  const numbered = lines.slice(start + 1, end).some((line) => {
    const lead = line.runs.find((run) => columnOfRun(columns, run) === 0)?.text.trim() ?? '';
    return /^\d{1,3}(?:\.\d{1,3})*\.?$/.test(lead);
  });
  // The time column, by its header's first words («Thời hạn», «Thời gian hoàn thành»).
  const timeColumn = head.runs.reduce(
    (found, run) => (/^(?:Thời hạn|Thời gian|Tiến độ|Hạn)/iu.test(run.text.trim()) ? columnOfRun(columns, run) : found),
    -1,
  );
  return {
    lines,
    start,
    end,
    columns,
    groups,
    lineGap,
    numbered,
    headText: lineText(lines[start]!),
    twoColumns: isTwoColumnHeader(head),
    timeColumn,
    orderColumn: isOrderHeader(head.segments[0]?.text ?? ''),
    bands: centredRowBands(lines, start, end, columns),
  };
}

/** The table's lines as rows of cells, the header's lines the first row (repeats still in). */
function readRows(frame: TableFrame): string[][] {
  const rows: string[][] = [];
  const reading: RowReading = {
    row: null,
    headerLines: 0,
    repeatLeft: 0,
    lastFirstEmpty: false,
    lastCells: null,
    spacedRow: false,
    lastRow: null,
    lastLines: [],
    bodies: null,
  };
  const widest = widestLines(frame);
  for (let k = frame.start; k < frame.end; k++) {
    const line = frame.lines[k]!;
    const cells = cellsOf(line, frame.columns, placeLine(line, frame.columns, frame.groups) ?? []);
    const first = cells[0]!.text === '' ? null : cells[0]!.text;
    const forceRow = afterRepeatedHeader(frame, reading, k, first);
    // In a two-column table without numbers, a row starts where the agency column takes up text
    // again after a line it left blank (its name is over, the duties went on).
    const agencyAgain = frame.twoColumns && first !== null && (reading.lastFirstEmpty || k === frame.start + 1);
    reading.lastFirstEmpty = first === null;
    const opens =
      reading.row === null ||
      forceRow ||
      (frame.bands?.decided.has(k)
        ? // Inside a row found by its number's mirror, a duty of its own under one merged number
          // still opens with its own time or its own cells (a merged STT over two rounds).
          frame.bands.starts.has(k) ||
          (first === null &&
            (ownTimeRow(frame, reading.row ?? [], cells, first) ||
              resumesCells(frame, reading.row ?? [], cells, reading.lastCells, first)))
        : agencyAgain ||
          opensRow(frame, reading, k, cells, first) ||
          resumesCells(frame, reading.row, cells, reading.lastCells, first));
    reading.lastCells = cells;
    if (opens) {
      const gap = k === frame.start || line.pageStart ? 0 : frame.lines[k - 1]!.y - line.y;
      reading.spacedRow = gap > frame.lineGap * 1.25;
      if (reading.row) rows.push(reading.row);
      if (reading.row && reading.headerLines === 0) reading.headerLines = k - frame.start;
      reading.row = frame.columns.map(() => '');
    }
    // (Set just above when it was null: the first line always opens a row.)
    const row = reading.row!;
    const lastLines = row === reading.lastRow ? reading.lastLines : frame.columns.map(() => null);
    if (opens && reading.headerLines > 0 && !reading.bodies) reading.bodies = bodyColumns(rows[0] ?? []);
    cells.forEach((cell, c) => {
      if (cell.text === '') return;
      const between = joinerOf(lastLines[c] ?? null, cell, reading.bodies?.has(c) === true, widest[c]!);
      row[c] = row[c] === '' ? cell.text : `${row[c]}${between}${cell.text}`;
      lastLines[c] = cell;
    });
    reading.lastRow = row;
    reading.lastLines = lastLines;
  }
  if (reading.row) rows.push(reading.row);
  return rows;
}

/**
 * The rows as the table keeps them: the sub-labels in the header, spilled cells back in their
 * row, repeated headers dropped. Null when fewer than two rows have two cells: a line that merely
 * had three wide gaps, followed by text at the margin, is no table.
 */
function finishRows(rows: string[][], groups: readonly SubHeader[]): string[][] | null {
  const header = rows[0]!.join('\t');
  for (const g of groups) g.labels.forEach((label, i) => (rows[0]![g.first + i] = label));
  joinSpilledCells(rows);
  if (rows.filter((r) => r.filter((cell) => cell !== '').length >= 2).length < 2) return null;
  return dropRepeatedHeaders(rows, header.split('\t'));
}
