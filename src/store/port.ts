import type { TextLink } from '#src/domain/evidence.js';
import type { SheetTemplate } from './template.js';

/**
 * The task-store port, shaped like a spreadsheet so that the local SQLite sheet and the
 * Google Sheet are interchangeable: named tabs of rows of text cells, a header row,
 * columns found by header name and rows found by a key cell at the moment of writing
 * (never by a remembered row number, since coordinators sort and insert rows).
 */
export interface TabValues {
  name: string;
  /** The header row as it stands in the sheet (may include coordinators' own columns). */
  headers: string[];
  /** Data rows below the header, as text; trailing empty cells may be missing. */
  rows: string[][];
  /** 0-based row of the header in the tab when rows (a title) stand above it; 0 when absent. */
  headerIndex?: number;
}

/** Write some cells of the row whose `keyHeader` cell equals `key`. */
export interface RowUpdate {
  tab: string;
  keyHeader: string;
  key: string;
  /** header → new value, written as RAW text. */
  cells: Record<string, string>;
  /**
   * header → value the writer last saw. When the sheet holds something else now, the
   * update is not applied and comes back as a conflict.
   */
  expected?: Record<string, string>;
  /**
   * header → the links over parts of that cell's new text (the Minh chứng cell), written in
   * the sheet's own link format with the text (never a formula). A cell written without an
   * entry here keeps no link.
   */
  links?: Record<string, TextLink[]>;
}

export type RowUpdateResult =
  | { status: 'applied'; previous: Record<string, string> }
  | { status: 'missing' }
  | { status: 'conflict'; actual: Record<string, string> };

export interface EnsureTabsReport {
  createdTabs: string[];
  /** tab → headers appended at the end of its header row. */
  addedColumns: Record<string, string[]>;
}

export interface SheetBackend {
  readonly kind: 'local' | 'google';
  /** Creates missing tabs and appends missing headers; never deletes or reorders anything. */
  ensureTabs(template: SheetTemplate): Promise<EnsureTabsReport>;
  /** A cheap token that changes whenever the sheet changes. */
  version(): Promise<string>;
  /** Reads the named tabs in one call; a missing tab comes back with no headers and no rows. */
  readTabs(names: readonly string[]): Promise<TabValues[]>;
  /** Applies updates in order, each to the row found by its key at this moment. */
  updateRows(updates: readonly RowUpdate[]): Promise<RowUpdateResult[]>;
  /** Appends whole rows, cells placed by header name. */
  appendRows(tab: string, rows: ReadonlyArray<Record<string, string>>): Promise<void>;
  /**
   * Replaces every row under the header row with these (cells placed by header name); the
   * header row stays. For tabs the bot owns whole, such as Tổng hợp.
   */
  replaceRows(tab: string, rows: ReadonlyArray<Record<string, string>>): Promise<void>;
  /** Bot-owned tabs found deleted and created again since start (the Google Sheet). */
  recreatedTabs?(): ReadonlyArray<{ tab: string; at: string }>;
  close(): Promise<void>;
}
