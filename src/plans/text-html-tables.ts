import type { Block } from './document.js';
import { htmlToBlocks } from './html-blocks.js';

/**
 * Tables kept as HTML inside a text page: a converter that cannot write a table in pipes (merged
 * cells, paragraphs inside a cell) leaves its <table> … </table> as it was. Read with the HTML
 * reader, so the merges it spells out (rowspan, colspan) are kept.
 */
export function isHtmlTableStart(line: string): boolean {
  return /^\s*<table[\s>]/i.test(line);
}

/** The blocks of the HTML table that starts at line `start`, and the line after it. */
export function readHtmlTable(lines: readonly string[], start: number): { blocks: Block[]; end: number } {
  let depth = 0;
  let end = start;
  for (; end < lines.length; end += 1) {
    const line = lines[end] ?? '';
    depth += (line.match(/<table[\s>]/gi) ?? []).length - (line.match(/<\/table>/gi) ?? []).length;
    if (depth <= 0) break;
  }
  const html = lines.slice(start, Math.min(end, lines.length - 1) + 1).join('\n');
  return { blocks: htmlToBlocks(html), end: Math.min(end, lines.length - 1) + 1 };
}
