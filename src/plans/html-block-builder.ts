import type { Block, ParaBlock, TextSpan } from './document.js';
import { CONTAINERS } from './html-elements.js';
import { type Cell, gridOf, MAX_COLUMNS, span, spansOf } from './html-table-grid.js';
import { normalizeText, typedNumbering } from './normalize-text.js';

interface ListState {
  ordered: boolean;
  count: number;
}

const BOLD_STYLE = /font-weight\s*:\s*(?:bold|bolder|[6-9]00)/i;
const ITALIC_STYLE = /font-style\s*:\s*(?:italic|oblique)/i;

/** The state machine that turns open/text/close events into blocks. */
export class BlockBuilder {
  private readonly blocks: Block[] = [];
  private readonly lists: ListState[] = [];
  private text: string | null = null; // paragraph being read
  private strongChars = 0;
  private strongDepth = 0;
  private italicChars = 0;
  private italicDepth = 0;
  private level = 0;
  private supDepth = 0;
  private supText = '';
  private readonly tables: Array<{ rows: Cell[][] }> = [];
  private cell: Cell | null = null;
  private itemPrefixPending = false;
  /** The bold run the paragraph opens with (ParaBlock.boldLead), until a plain letter comes. */
  private boldLead = '';
  private leadOver = false;
  /** The paragraph's text so far in runs of one style (ParaBlock.spans keeps the bold and italic ones). */
  private runs: TextSpan[] = [];

  constructor(private readonly web: boolean) {}

  chars(raw: string): void {
    // In a web page a line break in the source is a space; only <br> and blocks break lines.
    this.append(this.web ? raw.replace(/[\r\n\t]+/g, ' ') : raw);
  }

  open(tag: string, attrs: Record<string, string>): void {
    this.element(tag, attrs, true);
    if (tag === 'strong' || tag === 'b' || BOLD_STYLE.test(attrs.style ?? '')) this.strongDepth += 1;
    if (tag === 'em' || tag === 'i' || ITALIC_STYLE.test(attrs.style ?? '')) this.italicDepth += 1;
  }

  close(tag: string, attrs: Record<string, string>): void {
    if (tag === 'strong' || tag === 'b' || BOLD_STYLE.test(attrs.style ?? '')) this.strongDepth -= 1;
    if (tag === 'em' || tag === 'i' || ITALIC_STYLE.test(attrs.style ?? '')) this.italicDepth -= 1;
    this.element(tag, attrs, false);
  }

  finish(): Block[] {
    this.flush();
    // An unclosed table (a truncated page) still gives its rows.
    while (this.tables.length > 0) this.element('table', {}, false);
    return this.blocks;
  }

  private append(s: string): void {
    if (this.supDepth > 0) this.supText += s;
    else if (this.cell) this.cell.text += s;
    else {
      // Text loose in a container (a web page's <div>) starts a paragraph of its own.
      if (this.text === null && this.tables.length === 0 && s.trim() !== '') {
        this.text = '';
        this.level = 0;
      }
      if (this.text === null) return;
      this.text += s;
      // A list number the builder wrote («1. ») does not end the bold lead; a plain letter does.
      if (!this.leadOver) {
        if (this.strongDepth > 0) this.boldLead += s;
        else if (/\p{L}/u.test(s) && !/^\s*\d{1,2}(?:\.\d{1,2})*[.)]\s*$/u.test(s)) this.leadOver = true;
      }
      this.addRun(s);
      const chars = s.replace(/\s/g, '').length;
      if (this.strongDepth > 0) this.strongChars += chars;
      if (this.italicDepth > 0) this.italicChars += chars;
    }
  }

  /** Adds text to the last run when its style is the same, else starts a run. */
  private addRun(s: string): void {
    const run: TextSpan = { text: s };
    if (this.strongDepth > 0) run.bold = true;
    if (this.italicDepth > 0) run.italic = true;
    const last = this.runs[this.runs.length - 1];
    // Spaces and figures alone never change the style: «**Sở Y tế** » stays one bold run.
    if (last && ((last.bold === run.bold && last.italic === run.italic) || !/\p{L}/u.test(s))) last.text += s;
    else this.runs.push(run);
  }

  private flush(): void {
    if (this.text === null) return;
    const clean = typedNumbering(
      normalizeText(this.text)
        .replace(/[ \t]+/g, ' ')
        .trim(),
    );
    this.itemPrefixPending = false;
    if (clean !== '' && !/^(?:-|\d+\.|<sup>\d+<\/sup>)$/.test(clean)) {
      const chars = clean.replace(/\s/g, '').length;
      for (const piece of clean.split(/\s*\n\s*/)) {
        const para: ParaBlock = { type: 'para', text: piece };
        if (this.level > 0) para.level = this.level;
        if (this.strongChars > 0 && this.strongChars >= chars) para.strong = true;
        else if (this.leadOver && this.boldLead.trim().length >= 2 && piece === clean.split(/\s*\n\s*/)[0])
          para.boldLead = normalizeText(this.boldLead)
            .replace(/^\s*\d{1,2}(?:\.\d{1,2})*[.)]\s*/u, '')
            .replace(/[\s:]+$/u, '')
            .trim();
        if (this.italicChars > 0 && this.italicChars >= chars) para.italic = true;
        const spans = spansIn(piece, this.runs);
        if (spans.length > 0) para.spans = spans;
        this.blocks.push(para);
      }
    }
    this.text = null;
    this.runs = [];
    this.boldLead = '';
    this.leadOver = false;
    this.strongChars = 0;
    this.italicChars = 0;
    this.level = 0;
  }

  private element(tag: string, attrs: Record<string, string>, open: boolean): void {
    switch (tag) {
      case 'p':
      case 'h1':
      case 'h2':
      case 'h3':
      case 'h4':
      case 'h5':
      case 'h6':
        this.paragraph(tag, open);
        break;
      case 'li':
        this.listItem(attrs, open);
        break;
      case 'ol':
      case 'ul':
        this.list(tag, open);
        break;
      case 'br':
        this.append('\n');
        break;
      case 'sup':
        this.superscript(open);
        break;
      case 'a':
        this.anchor(attrs, open);
        break;
      case 'table':
        this.table(open);
        break;
      case 'tr':
        this.row(open);
        break;
      case 'td':
      case 'th':
        this.tableCell(attrs, open);
        break;
      default:
        if (CONTAINERS.has(tag)) this.container(open);
        break;
    }
  }

  /** <p>, <h1>–<h6>: a paragraph (its level the heading's); in a table cell, a line of the cell. */
  private paragraph(tag: string, open: boolean): void {
    if (this.cell) {
      if (!open) this.cell.text += '\n';
    } else if (open) {
      // The first paragraph of a list item keeps the item's "1. " / "- " prefix.
      if (!this.itemPrefixPending) this.flush();
      if (this.text === null) this.text = '';
      this.itemPrefixPending = false;
      this.level = tag === 'p' ? 0 : Number(tag.slice(1));
    } else this.flush();
  }

  private listItem(attrs: Record<string, string>, open: boolean): void {
    const list = this.lists[this.lists.length - 1];
    if (open && !this.cell) {
      this.flush();
      const note = (attrs.id ?? '').match(/^(?:footnote|endnote)-(\d+)$/);
      if (list) list.count += 1;
      this.text = note ? `<sup>${note[1]}</sup> ` : list?.ordered ? `${list.count}. ` : '- ';
      this.itemPrefixPending = true;
      this.level = 0;
    } else if (!open && !this.cell) this.flush();
  }

  private list(tag: string, open: boolean): void {
    if (open) {
      this.flush();
      this.lists.push({ ordered: tag === 'ol', count: 0 });
    } else this.lists.pop();
  }

  private superscript(open: boolean): void {
    if (open) {
      this.supDepth += 1;
      this.supText = '';
    } else if (this.supDepth > 0) {
      this.supDepth -= 1;
      const n = this.supText.replace(/[[\]\s]/g, '');
      this.append(/^\d{1,3}$/.test(n) ? `<sup>${n}</sup>` : this.supText);
    }
  }

  private anchor(attrs: Record<string, string>, open: boolean): void {
    // mammoth's footnote back-link "↑" is noise.
    if (open && /footnote-ref|endnote-ref/.test(attrs.href ?? '')) this.supDepth += 1;
    else if (!open && this.supDepth > 0 && this.supText.includes('↑')) {
      this.supDepth -= 1;
      this.supText = '';
    }
  }

  private table(open: boolean): void {
    if (open) {
      this.flush();
      this.tables.push({ rows: [] });
    } else {
      const done = this.tables.pop();
      if (done && this.tables.length === 0) {
        this.cell = null;
        this.blocks.push({ type: 'table', rows: gridOf(done.rows), grid: spansOf(done.rows) });
      }
    }
  }

  private row(open: boolean): void {
    const table = this.tables[this.tables.length - 1];
    if (open && table && this.tables.length === 1) table.rows.push([]);
  }

  private tableCell(attrs: Record<string, string>, open: boolean): void {
    const table = this.tables[this.tables.length - 1];
    if (this.tables.length !== 1) return; // nested tables: their text stays in the outer cell
    if (open) {
      this.cell = { text: '', colspan: span(attrs.colspan, MAX_COLUMNS), rowspan: span(attrs.rowspan, 10000) };
    } else if (this.cell && table) {
      // A cell before any <tr> (malformed HTML) opens the first row.
      if (table.rows.length === 0) table.rows.push([]);
      table.rows[table.rows.length - 1]?.push(this.cell);
      this.cell = null;
    }
  }

  /** A block container (<div>, <blockquote> …): ends the paragraph, or a line of a table cell. */
  private container(open: boolean): void {
    if (this.cell) {
      if (!open) this.cell.text += '\n';
    } else if (this.tables.length === 0) this.flush();
  }
}

/** The bold and italic runs that stand in `piece` (a line of the paragraph), their text tidied. */
function spansIn(piece: string, runs: readonly TextSpan[]): TextSpan[] {
  const spans: TextSpan[] = [];
  let from = 0;
  for (const run of runs) {
    if (!run.bold && !run.italic) continue;
    const text = normalizeText(run.text).replace(/\s+/g, ' ').trim();
    const at = piece.indexOf(text, from);
    if (text === '' || !/[\p{L}\p{N}]/u.test(text) || at < 0) continue;
    from = at + text.length;
    spans.push({
      text,
      ...(run.bold ? { bold: true as const } : {}),
      ...(run.italic ? { italic: true as const } : {}),
    });
  }
  return spans;
}
