import { readTabTable, type TableRead } from './text-tables.js';

/**
 * Rule «space-table»: text copied out of a PDF viewer keeps a table's cells on one line, apart by
 * runs of spaces («Thứ Ba, 01/12    08h00    Họp Ban Chỉ đạo …    Sở Xây dựng    03/12»). A line
 * of three cells or more so spaced, followed by another, opens such a table; it is read as a
 * tab-separated one. A run twice as long as the table's usual one stands for an empty cell, and
 * each line is a whole row (empty last cells leave no trace).
 * A letterhead's two columns («ỦY BAN NHÂN DÂN        CỘNG HÒA …») are two cells, not a table.
 */
const GAP = / {3,}/g;

function spaceCells(line: string): number {
  if (line.includes('\t') || /^\s*\|/.test(line)) return 0;
  return line.trim().split(GAP).length;
}

export function isSpaceTableStart(lines: string[], start: number): boolean {
  return spaceCells(lines[start] ?? '') >= 3 && spaceCells(lines[start + 1] ?? '') >= 3;
}

export function readSpaceTable(lines: string[], start: number): TableRead {
  let end = start;
  while (end < lines.length && spaceCells(lines[end] ?? '') >= 2) end += 1;
  const block = lines.slice(start, end).map((l) => l.trim());
  const runs = block.flatMap((l) => [...l.matchAll(GAP)].map((m) => m[0].length)).sort((a, b) => a - b);
  const usual = runs[Math.floor(runs.length / 2)] ?? 3;
  const tabbed = block.map((l) => l.replace(GAP, (run) => '\t'.repeat(Math.max(1, Math.round(run.length / usual)))));
  // A row's empty last cells leave no trace in copied text: every line is a whole row.
  const width = tabbed[0]?.split('\t').length ?? 0;
  for (const [k, row] of tabbed.entries()) tabbed[k] = row + '\t'.repeat(Math.max(0, width - row.split('\t').length));
  const read = readTabTable(tabbed, 0);
  return { rows: read.rows, end: start + read.end };
}
