import type { TextLink } from '#src/domain/evidence.js';
import type { RowUpdate, RowUpdateResult } from '../port.js';
import { SheetCallError } from '../sheet-error.js';
import { headerKey } from '../template.js';

/**
 * Deciding a round of writes from a fresh read, without any I/O: each update finds its
 * row by key in the column as it stands now, checks `expected` (compare-and-set) and
 * sees the updates before it in the same call, so queued changes apply in order.
 */
export interface LogAppend {
  tab: string;
  rows: Array<Record<string, string>>;
}

export interface PlannedChange {
  update: RowUpdate;
  /** Rows for the log tab, appended only when the update is applied. */
  log?: LogAppend;
  /** An earlier attempt may have landed (a crash or a lost answer): look before writing again. */
  maybeApplied?: boolean;
}

/** A tab as freshly read: its header row and the columns that were asked for (index 0 = header cell). */
export interface FreshTab {
  headers: string[];
  columns: Map<number, string[]>;
  /** All rows below the header, read only when a log must be looked for. */
  rows?: string[][];
  /** 0-based row of the header (rows above it are a coordinator's title). */
  headerRow?: number;
}

/** Rows looked at for the header: a title, a subtitle and a blank line are common. */
const HEADER_SCAN = 10;

/** The top row naming the most of `names` (the first on a tie); 0 when none names any. */
export function pickHeaderRow(rows: readonly (readonly string[])[], names: readonly string[]): number {
  let best = 0;
  let bestCount = 0;
  rows.slice(0, HEADER_SCAN).forEach((row, index) => {
    const count = names.filter((name) => columnIndex(row, name) >= 0).length;
    if (count > bestCount) {
      best = index;
      bestCount = count;
    }
  });
  return best;
}

/** A tab or key column the update needs is gone: nothing is settled, the change waits. */
function unreadableTab(tab: string, keyHeader: string | null): SheetCallError {
  const what = keyHeader ? `Trang «${tab}» không có cột «${keyHeader}»` : `Bảng tính không còn trang «${tab}»`;
  return new SheetCallError(
    keyHeader ? `tab "${tab}" has no "${keyHeader}" column` : `tab "${tab}" does not exist`,
    `${what} (có thể đã bị xóa hoặc đổi tên): cập nhật được giữ lại và sẽ ghi khi bảng được sửa.`,
    undefined,
    undefined,
    false,
  );
}

export interface CellWrite {
  tab: string;
  column: number;
  /** 0-based over the whole tab (0 = header row). */
  row: number;
  value: string;
  /** Links over parts of the value (RowUpdate.links); present only for cells written with them. */
  links?: TextLink[];
}

export interface WritePlan {
  results: RowUpdateResult[];
  writes: CellWrite[];
  appends: LogAppend[];
}

export function columnIndex(headers: readonly string[], header: string): number {
  return headers.findIndex((h) => headerKey(h) === headerKey(header));
}

/** The headers an update reads or writes, key first. */
export function headersOf(update: RowUpdate): string[] {
  return [update.keyHeader, ...Object.keys(update.cells), ...Object.keys(update.expected ?? {})];
}

/** True when `records` stand one after another somewhere in `rows` (how an append lands). */
export function containsBlock(
  headers: readonly string[],
  rows: readonly string[][],
  records: ReadonlyArray<Record<string, string>>,
): boolean {
  if (records.length === 0) return true;
  const matches = (row: readonly string[] | undefined, record: Record<string, string>) =>
    row !== undefined &&
    Object.entries(record).every(([header, value]) => {
      const index = columnIndex(headers, header);
      return index < 0 || (row[index] ?? '') === value;
    });
  for (let start = 0; start + records.length <= rows.length; start++) {
    if (records.every((record, offset) => matches(rows[start + offset], record))) return true;
  }
  return false;
}

export function planWrites(changes: readonly PlannedChange[], fresh: ReadonlyMap<string, FreshTab>): WritePlan {
  const results: RowUpdateResult[] = [];
  const writes = new Map<string, CellWrite>();
  const appends: LogAppend[] = [];
  const logged = (change: PlannedChange): boolean => {
    if (!change.maybeApplied || !change.log) return false;
    const tab = fresh.get(change.log.tab);
    return tab?.rows !== undefined && containsBlock(tab.headers, tab.rows, change.log.rows);
  };

  /**
   * The values this change and the later ones of the same queue write into one cell: after
   * a crash between the cell write and the log append, the cell holds the last of them.
   */
  const writtenByQueue = (index: number, header: string): Set<string> => {
    const { tab, key } = changes[index]?.update ?? { tab: '', key: '' };
    const chain = changes.slice(index).filter((c) => c.update.tab === tab && c.update.key === key);
    return new Set(chain.flatMap((c) => (header in c.update.cells ? [c.update.cells[header] ?? ''] : [])));
  };

  for (const [index, change] of changes.entries()) {
    const { update } = change;
    const tab = fresh.get(update.tab);
    const keyIndex = tab ? columnIndex(tab.headers, update.keyHeader) : -1;
    // Without the tab or its key column no row can be told: keep the change queued, never lose it.
    if (!tab || tab.headers.length === 0) throw unreadableTab(update.tab, null);
    if (keyIndex < 0) throw unreadableTab(update.tab, update.keyHeader);
    const keys = tab.columns.get(keyIndex) ?? [];
    const row = keys.findIndex((value, i) => i > (tab.headerRow ?? 0) && value.trim() === update.key);
    if (row < 0) {
      results.push({ status: 'missing' });
      continue;
    }
    const valueOf = (header: string): string => {
      const index = columnIndex(tab.headers, header);
      return index < 0 ? '' : (tab.columns.get(index)?.[row] ?? '');
    };
    const writable = Object.entries(update.cells).filter(([header]) => columnIndex(tab.headers, header) >= 0);
    const previous = Object.fromEntries(writable.map(([header]) => [header, valueOf(header)]));
    // Its log rows are in the sheet: an earlier attempt landed whole (logs go after cells).
    if (logged(change)) {
      results.push({ status: 'applied', previous });
      continue;
    }
    const conflicts = Object.entries(update.expected ?? {}).filter(([header, value]) => valueOf(header) !== value);
    // Cells already hold the new values (our lost write, or the same edit by hand): nothing to overwrite.
    const alreadyThere = writable.length > 0 && writable.every(([header, value]) => valueOf(header) === value);
    // An earlier attempt of this queue landed: the cells hold what this change or a later one
    // of the same chain wrote. Not a coordinator's edit: apply in order and write the logs.
    const sameQueue =
      change.maybeApplied === true && conflicts.every(([header]) => writtenByQueue(index, header).has(valueOf(header)));
    if (conflicts.length > 0 && !alreadyThere && !sameQueue) {
      results.push({ status: 'conflict', actual: Object.fromEntries(conflicts.map(([h]) => [h, valueOf(h)])) });
      continue;
    }
    for (const [header, value] of writable) {
      const column = columnIndex(tab.headers, header);
      const cells = tab.columns.get(column);
      if (cells) {
        while (cells.length <= row) cells.push('');
        cells[row] = value;
      }
      const links = update.links?.[header];
      writes.set(`${update.tab}\u0000${column}\u0000${row}`, {
        tab: update.tab,
        column,
        row,
        value,
        ...(links ? { links } : {}),
      });
    }
    if (change.log && change.log.rows.length > 0) {
      const last = appends.find((a) => a.tab === change.log?.tab);
      if (last) last.rows.push(...change.log.rows);
      else appends.push({ tab: change.log.tab, rows: [...change.log.rows] });
    }
    results.push({ status: 'applied', previous });
  }
  return { results, writes: [...writes.values()], appends };
}
