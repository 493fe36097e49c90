import { formatA1, parseA1, type GridRef } from './a1.js';

/**
 * The state of one fake spreadsheet: tabs of display strings plus what sheet init sets
 * (widths, frozen rows, validations, colour rules, protections), kept for assertions.
 */
export class ApiError extends Error {
  constructor(
    readonly code: number,
    message: string,
    readonly status: string,
  ) {
    super(message);
  }
}

export interface FakeTab {
  properties: {
    sheetId: number;
    title: string;
    index: number;
    gridProperties: { rowCount: number; columnCount: number; frozenRowCount: number };
  };
  cells: string[][];
  columnWidths: Map<number, number>;
  validations: Array<{ range: Record<string, unknown>; rule: Record<string, unknown> }>;
  conditionalFormats: Array<Record<string, unknown>>;
  protectedRanges: Array<Record<string, unknown>>;
  /** Cells entered USER_ENTERED as formulas: "row,col" → formula. */
  formulas: Map<string, string>;
  /** Text runs set by updateCells: "row,col" → runs (a value written again drops them). */
  runs: Map<string, TextRun[]>;
}

export interface TextRun {
  startIndex: number;
  format: { link?: { uri: string } };
}

export interface Bounds {
  tab: FakeTab;
  startRow: number;
  endRow: number;
  startCol: number;
  endCol: number;
}

export class FakeSpreadsheet {
  version = 1;
  modifiedTime = new Date(0).toISOString();
  readonly tabs: FakeTab[] = [];
  private nextSheetId = 1;
  private nextProtectionId = 1;

  constructor(readonly id: string) {}

  touch(): void {
    this.version++;
    this.modifiedTime = new Date().toISOString();
  }

  tab(title: string): FakeTab | undefined {
    return this.tabs.find((t) => t.properties.title === title);
  }

  addTab(title: string, grid: Partial<FakeTab['properties']['gridProperties']> = {}): FakeTab {
    if (this.tab(title))
      throw new ApiError(
        400,
        `Invalid requests[0].addSheet: A sheet with the name "${title}" already exists. Please enter another name.`,
        'INVALID_ARGUMENT',
      );
    const tab: FakeTab = {
      properties: {
        sheetId: this.nextSheetId++,
        title,
        index: this.tabs.length,
        gridProperties: { rowCount: 1000, columnCount: 26, frozenRowCount: 0, ...grid },
      },
      cells: [],
      columnWidths: new Map(),
      validations: [],
      conditionalFormats: [],
      protectedRanges: [],
      formulas: new Map(),
      runs: new Map(),
    };
    this.tabs.push(tab);
    return tab;
  }

  newProtectionId(): number {
    return this.nextProtectionId++;
  }

  /** Resolves an A1 range to grid bounds clamped to the tab, or the API's 400. */
  bounds(a1: string): Bounds {
    const ref: GridRef | null = parseA1(a1);
    const tab = ref ? this.tab(ref.title) : undefined;
    if (!ref || !tab) throw new ApiError(400, `Unable to parse range: ${a1}`, 'INVALID_ARGUMENT');
    const { rowCount, columnCount } = tab.properties.gridProperties;
    return {
      tab,
      startRow: ref.startRow ?? 0,
      endRow: Math.min(ref.endRow ?? rowCount, rowCount),
      startCol: ref.startCol ?? 0,
      endCol: Math.min(ref.endCol ?? columnCount, columnCount),
    };
  }

  /** Values as the API returns them: trailing empty cells and rows left out. */
  read(a1: string, majorDimension: 'ROWS' | 'COLUMNS' = 'ROWS', render = 'FORMATTED_VALUE') {
    const b = this.bounds(a1);
    const rows: string[][] = [];
    for (let r = b.startRow; r < b.endRow; r++) {
      const row: string[] = [];
      for (let c = b.startCol; c < b.endCol; c++) {
        const formula = render === 'FORMULA' ? b.tab.formulas.get(`${r},${c}`) : undefined;
        row.push(formula ?? b.tab.cells[r]?.[c] ?? '');
      }
      rows.push(row);
    }
    const major = majorDimension === 'COLUMNS' ? transpose(rows, b.endCol - b.startCol) : rows;
    const values = trimTrailing(major);
    return {
      range: formatA1(b.tab.properties.title, b.startRow, b.endRow, b.startCol, b.endCol),
      majorDimension,
      ...(values.length > 0 ? { values } : {}),
    };
  }

  /** Writes a block at the range's top-left; RAW keeps "=…" as text, USER_ENTERED makes it a formula. */
  write(
    a1: string,
    values: unknown[][],
    input: string,
  ): { updatedRange: string; updatedRows: number; updatedCells: number } {
    const b = this.bounds(a1);
    const { rowCount, columnCount } = b.tab.properties.gridProperties;
    const width = Math.max(0, ...values.map((r) => r.length));
    if (b.startRow + values.length > rowCount)
      throw new ApiError(400, `Range (${a1}) exceeds grid limits. Max rows: ${rowCount}`, 'INVALID_ARGUMENT');
    if (b.startCol + width > columnCount)
      throw new ApiError(400, `Range (${a1}) exceeds grid limits. Max columns: ${columnCount}`, 'INVALID_ARGUMENT');
    let count = 0;
    values.forEach((row, i) => {
      row.forEach((value, j) => {
        if (value === null) return; // null leaves the cell as it is
        this.setCell(b.tab, b.startRow + i, b.startCol + j, cellText(value), input);
        count++;
      });
    });
    return {
      updatedRange: formatA1(
        b.tab.properties.title,
        b.startRow,
        b.startRow + values.length,
        b.startCol,
        b.startCol + width,
      ),
      updatedRows: values.length,
      updatedCells: count,
    };
  }

  /** values.clear: empties the cells of the range (formats stay); answers the range cleared. */
  clear(a1: string): string {
    const b = this.bounds(a1);
    for (let r = b.startRow; r < Math.min(b.endRow, b.tab.cells.length); r++) {
      const cells = b.tab.cells[r] ?? [];
      for (let c = b.startCol; c < Math.min(b.endCol, cells.length); c++) {
        cells[c] = '';
        b.tab.formulas.delete(`${r},${c}`);
      }
    }
    return formatA1(b.tab.properties.title, b.startRow, b.endRow, b.startCol, b.endCol);
  }

  setCell(tab: FakeTab, row: number, col: number, text: string, input = 'RAW'): void {
    while (tab.cells.length <= row) tab.cells.push([]);
    const cells = tab.cells[row] ?? [];
    while (cells.length <= col) cells.push('');
    const key = `${row},${col}`;
    tab.runs.delete(key);
    if (input === 'USER_ENTERED' && text.startsWith('=')) {
      tab.formulas.set(key, text);
      cells[col] = '#N/A'; // the fake evaluates no formulas; a real sheet would fetch the URL
    } else {
      tab.formulas.delete(key);
      cells[col] = text;
    }
  }

  /** values.append with INSERT_ROWS: new rows right after the last row holding anything. */
  append(a1: string, values: unknown[][], input: string) {
    const b = this.bounds(a1);
    let last = b.tab.cells.length - 1;
    while (last >= 0 && (b.tab.cells[last] ?? []).every((c) => c === '')) last--;
    const at = last + 1;
    b.tab.properties.gridProperties.rowCount += values.length;
    b.tab.cells.splice(at, 0, ...values.map(() => [] as string[]));
    const title = b.tab.properties.title;
    const updates = this.write(formatA1(title, at, at + 1, b.startCol, b.startCol + 1), values, input);
    return { tableRange: formatA1(title, 0, Math.max(1, at), 0, b.tab.properties.gridProperties.columnCount), updates };
  }
}

function cellText(value: unknown): string {
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return value === undefined ? '' : JSON.stringify(value);
}

function transpose(rows: string[][], width: number): string[][] {
  return Array.from({ length: width }, (_, c) => rows.map((row) => row[c] ?? ''));
}

function trimTrailing(rows: string[][]): string[][] {
  const trimmed = rows.map((row) => {
    let end = row.length;
    while (end > 0 && row[end - 1] === '') end--;
    return row.slice(0, end);
  });
  let end = trimmed.length;
  while (end > 0 && (trimmed[end - 1]?.length ?? 0) === 0) end--;
  return trimmed.slice(0, end);
}
