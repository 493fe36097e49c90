import type { TableCellSpan } from './document.js';
import { normalizeText } from './normalize-text.js';

/**
 * An HTML table's cells as read (text with its rowspan and colspan), laid out two ways: the
 * `grid` a layout reads (merged cells repeated where they reach) and the spans as the source had them.
 */
export interface Cell {
  text: string;
  colspan: number;
  rowspan: number;
}

export function cleanCellText(text: string): string {
  return normalizeText(text)
    .replace(/[ \t]+/g, ' ')
    .replace(/\s*\n\s*/g, '\n')
    .trim();
}

/**
 * A rowspan/colspan attribute: a positive whole number, capped (with the grid's width below) so
 * a hostile file cannot make a few kilobytes of cells into millions of grid entries.
 */
export function span(value: string | undefined, max: number): number {
  const n = Math.trunc(Number(value ?? 1));
  return Number.isFinite(n) && n >= 1 ? Math.min(n, max) : 1;
}

/** Wider than any plan's table: columns past this are not read. */
export const MAX_COLUMNS = 200;

/** The source cells with their spans kept, each cell as its paragraphs. */
export function spansOf(rows: Cell[][]): TableCellSpan[][] {
  return rows.map((cells) =>
    cells.map((c) => {
      const text = cleanCellText(c.text);
      return { paragraphs: text === '' ? [] : text.split('\n'), rowSpan: c.rowspan, colSpan: c.colspan };
    }),
  );
}

/** Lays merged cells out on a grid: colspan → text in the first column, rowspan → repeated. */
export function gridOf(rows: Cell[][]): string[][] {
  const grid: string[][] = [];
  const carry = new Map<number, { text: string; left: number }>();
  for (const cells of rows) {
    const row: string[] = [];
    let col = 0;
    const takeCarried = (): void => {
      for (let held = carry.get(col); held; held = carry.get(col)) {
        row.push(held.text);
        held.left -= 1;
        if (held.left === 0) carry.delete(col);
        col += 1;
      }
    };
    for (const c of cells) {
      takeCarried();
      const text = cleanCellText(c.text);
      for (let k = 0; k < c.colspan && col < MAX_COLUMNS; k += 1) {
        row.push(k === 0 ? text : '');
        if (c.rowspan > 1) carry.set(col, { text: k === 0 ? text : '', left: c.rowspan - 1 });
        col += 1;
      }
    }
    takeCarried();
    grid.push(row);
  }
  const width = Math.max(0, ...grid.map((r) => r.length));
  return grid.map((r) => [...r, ...Array<string>(width - r.length).fill('')]);
}
