import type { Block, ParaBlock } from './document.js';
import { normalizeText } from './text-blocks.js';

/**
 * Turns the small, well-formed HTML that mammoth writes into blocks. Paragraphs,
 * headings and list items become paragraphs (Word's automatic list numbers, which
 * mammoth drops, are put back as "1. "); tables keep their cells, with merged cells
 * (rowspan) repeated on every row they cover so each task keeps its agency.
 */

interface Cell {
  text: string;
  colspan: number;
  rowspan: number;
}

interface ListState {
  ordered: boolean;
  count: number;
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' };

function decode(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, name: string) => {
    if (name.startsWith('#x') || name.startsWith('#X')) return String.fromCodePoint(parseInt(name.slice(2), 16));
    if (name.startsWith('#')) return String.fromCodePoint(Number(name.slice(1)));
    return ENTITIES[name.toLowerCase()] ?? whole;
  });
}

function attr(attrs: string, name: string): string | null {
  const m = attrs.match(new RegExp(`${name}\\s*=\\s*"([^"]*)"`, 'i'));
  return m ? (m[1] ?? '') : null;
}

export function htmlToBlocks(html: string): Block[] {
  const blocks: Block[] = [];
  const lists: ListState[] = [];
  let text: string | null = null; // paragraph being read
  let strongChars = 0;
  let strongDepth = 0;
  let level = 0;
  let supDepth = 0;
  let supText = '';
  const tables: Array<{ rows: Cell[][] }> = [];
  let cell: Cell | null = null;
  let itemPrefixPending = false;

  const append = (s: string): void => {
    if (supDepth > 0) supText += s;
    else if (cell) cell.text += s;
    else if (text !== null) {
      text += s;
      if (strongDepth > 0) strongChars += s.replace(/\s/g, '').length;
    }
  };
  const flush = (): void => {
    if (text === null) return;
    const clean = normalizeText(text).replace(/[ \t]+/g, ' ').trim();
    itemPrefixPending = false;
    if (clean !== '' && !/^(?:-|\d+\.|<sup>\d+<\/sup>)$/.test(clean)) {
      for (const piece of clean.split(/\s*\n\s*/)) {
        const para: ParaBlock = { type: 'para', text: piece };
        if (level > 0) para.level = level;
        if (strongChars > 0 && strongChars >= clean.replace(/\s/g, '').length) para.strong = true;
        blocks.push(para);
      }
    }
    text = null;
    strongChars = 0;
    level = 0;
  };

  for (const m of html.matchAll(/<(\/?)([a-zA-Z][a-zA-Z0-9]*)([^>]*)>|([^<]+)/g)) {
    const [, closing, rawTag, attrs = '', chunk] = m;
    if (chunk !== undefined) {
      append(decode(chunk));
      continue;
    }
    const tag = (rawTag ?? '').toLowerCase();
    const open = closing !== '/';
    const table = tables[tables.length - 1];
    switch (tag) {
      case 'p':
      case 'h1':
      case 'h2':
      case 'h3':
      case 'h4':
      case 'h5':
      case 'h6':
        if (cell) {
          if (!open) cell.text += '\n';
        } else if (open) {
          // The first paragraph of a list item keeps the item's "1. " / "- " prefix.
          if (!itemPrefixPending) flush();
          if (text === null) text = '';
          itemPrefixPending = false;
          level = tag === 'p' ? 0 : Number(tag.slice(1));
        } else flush();
        break;
      case 'li': {
        const list = lists[lists.length - 1];
        if (open && !cell) {
          flush();
          const id = attr(attrs, 'id') ?? '';
          const note = id.match(/^(?:footnote|endnote)-(\d+)$/);
          if (list) list.count += 1;
          text = note ? `<sup>${note[1]}</sup> ` : list?.ordered ? `${list.count}. ` : '- ';
          itemPrefixPending = true;
          level = 0;
        } else if (!open && !cell) flush();
        break;
      }
      case 'ol':
      case 'ul':
        if (open) {
          flush();
          lists.push({ ordered: tag === 'ol', count: 0 });
        } else lists.pop();
        break;
      case 'br':
        append('\n');
        break;
      case 'strong':
      case 'b':
        strongDepth += open ? 1 : -1;
        break;
      case 'sup':
        if (open) {
          supDepth += 1;
          supText = '';
        } else if (supDepth > 0) {
          supDepth -= 1;
          const n = supText.replace(/[[\]\s]/g, '');
          append(/^\d{1,3}$/.test(n) ? `<sup>${n}</sup>` : supText);
        }
        break;
      case 'a':
        // mammoth's footnote back-link "↑" is noise.
        if (open && /footnote-ref|endnote-ref/.test(attr(attrs, 'href') ?? '')) supDepth += 1;
        else if (!open && supDepth > 0 && supText.includes('↑')) {
          supDepth -= 1;
          supText = '';
        }
        break;
      case 'table':
        if (open) {
          flush();
          tables.push({ rows: [] });
        } else {
          const done = tables.pop();
          if (done && tables.length === 0) blocks.push({ type: 'table', rows: gridOf(done.rows) });
        }
        break;
      case 'tr':
        if (open && table && tables.length === 1) table.rows.push([]);
        break;
      case 'td':
      case 'th':
        if (tables.length !== 1) break; // nested tables: their text stays in the outer cell
        if (open) {
          cell = {
            text: '',
            colspan: Number(attr(attrs, 'colspan') ?? 1) || 1,
            rowspan: Number(attr(attrs, 'rowspan') ?? 1) || 1,
          };
        } else if (cell && table) {
          table.rows[table.rows.length - 1]?.push(cell);
          cell = null;
        }
        break;
      default:
        break;
    }
  }
  flush();
  return blocks;
}

/** Lays merged cells out on a grid: colspan → text in the first column, rowspan → repeated. */
function gridOf(rows: Cell[][]): string[][] {
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
      const text = normalizeText(c.text).replace(/[ \t]+/g, ' ').replace(/\s*\n\s*/g, '\n').trim();
      for (let k = 0; k < c.colspan; k += 1) {
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
