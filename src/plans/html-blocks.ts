import { type ChildNode, type Element, isTag, isText } from 'domhandler';
import { findAll } from 'domutils';
import { parseDocument } from 'htmlparser2';
import type { Block, ParaBlock } from './document.js';
import { type Cell, gridOf, MAX_COLUMNS, span, spansOf } from './html-table-grid.js';
import { normalizeText } from './text-blocks.js';

/**
 * Turns HTML into blocks: the small, well-formed HTML that mammoth writes for a .docx, and
 * (with `web`) the body of a page saved from a legal-document website. htmlparser2 builds
 * the tree (entities, implied end tags, attributes in any quoting); the walk below turns
 * elements into paragraphs and tables. Paragraphs, headings and list items become
 * paragraphs (Word's automatic list numbers, which mammoth drops, are put back as "1. ");
 * tables keep their cells, with merged cells (rowspan) repeated on every row they cover so
 * each task keeps its agency, and a `grid` that keeps the spans as the source had them.
 */

export interface HtmlBlockOptions {
  /**
   * A web page rather than mammoth's output: source line breaks inside text are spaces, and
   * layout tables (a table holding another table, or a single cell) are read as their
   * contents, so a page framed by tables still gives paragraphs and task tables.
   */
  web?: boolean;
}

interface ListState {
  ordered: boolean;
  count: number;
}

/** Elements whose text is never document text (page-text.ts skips them in saved pages too). */
export const SKIPPED = new Set([
  'head',
  'title',
  'script',
  'style',
  'noscript',
  'template',
  'svg',
  'math',
  'iframe',
  'object',
]);

/** Elements without an end tag: no close event. */
const VOID = new Set([
  'br',
  'hr',
  'img',
  'input',
  'meta',
  'link',
  'area',
  'base',
  'col',
  'embed',
  'source',
  'track',
  'wbr',
]);

/** Block containers that are not paragraphs themselves: loose text in them is a paragraph of its own. */
const CONTAINERS = new Set([
  'div',
  'section',
  'article',
  'main',
  'body',
  'html',
  'center',
  'blockquote',
  'dl',
  'dt',
  'dd',
  'address',
  'figure',
  'figcaption',
  'pre',
  'hr',
  'caption',
]);

export function htmlToBlocks(html: string): Block[] {
  return nodesToBlocks(parseDocument(html).children);
}

/** Blocks of already parsed nodes (the reader of saved web pages picks the page's main content first). */
export function nodesToBlocks(nodes: readonly ChildNode[], options: HtmlBlockOptions = {}): Block[] {
  const builder = new BlockBuilder(options.web === true);
  // An explicit stack rather than recursion: a hostile page may nest elements thousands deep.
  const stack: Array<{ node: ChildNode; tag?: string }> = [...nodes].reverse().map((node) => ({ node }));
  while (stack.length > 0) {
    const item = stack.pop();
    if (!item) break;
    const { node } = item;
    if (item.tag !== undefined) {
      if (isTag(node)) builder.close(item.tag, node.attribs);
      continue;
    }
    if (isText(node)) {
      builder.chars(node.data);
      continue;
    }
    if (!isTag(node)) continue; // comments, doctype, CDATA
    const name = node.name.toLowerCase();
    if (SKIPPED.has(name)) continue;
    const tag = options.web && isLayoutTablePart(node, name) ? 'div' : name;
    builder.open(tag, node.attribs);
    if (!VOID.has(tag)) stack.push({ node, tag });
    for (let i = node.children.length - 1; i >= 0; i -= 1) {
      const child = node.children[i];
      if (child) stack.push({ node: child });
    }
  }
  return builder.finish();
}

/** A table, row or cell of a table used for page layout, read as plain containers. */
function isLayoutTablePart(node: Element, name: string): boolean {
  if (!['table', 'tbody', 'thead', 'tfoot', 'tr', 'td', 'th'].includes(name)) return false;
  let table: Element | null = node;
  while (table && table.name.toLowerCase() !== 'table')
    table = table.parent && isTag(table.parent) ? table.parent : null;
  if (!table) return true; // a stray cell outside any table: a container
  let cache = layoutTables.get(table);
  if (cache === undefined) {
    const inner = findAll((e) => ['table', 'td', 'th'].includes(e.name.toLowerCase()), table.children);
    const cells = inner.filter((e) => e.name.toLowerCase() !== 'table');
    cache = inner.some((e) => e.name.toLowerCase() === 'table') || cells.length <= 1;
    layoutTables.set(table, cache);
  }
  return cache;
}

const layoutTables = new WeakMap<Element, boolean>();

const BOLD_STYLE = /font-weight\s*:\s*(?:bold|bolder|[6-9]00)/i;
const ITALIC_STYLE = /font-style\s*:\s*(?:italic|oblique)/i;

/** The state machine that turns open/text/close events into blocks. */
class BlockBuilder {
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
      const chars = s.replace(/\s/g, '').length;
      if (this.strongDepth > 0) this.strongChars += chars;
      if (this.italicDepth > 0) this.italicChars += chars;
    }
  }

  private flush(): void {
    if (this.text === null) return;
    const clean = normalizeText(this.text)
      .replace(/[ \t]+/g, ' ')
      .trim();
    this.itemPrefixPending = false;
    if (clean !== '' && !/^(?:-|\d+\.|<sup>\d+<\/sup>)$/.test(clean)) {
      const chars = clean.replace(/\s/g, '').length;
      for (const piece of clean.split(/\s*\n\s*/)) {
        const para: ParaBlock = { type: 'para', text: piece };
        if (this.level > 0) para.level = this.level;
        if (this.strongChars > 0 && this.strongChars >= chars) para.strong = true;
        if (this.italicChars > 0 && this.italicChars >= chars) para.italic = true;
        this.blocks.push(para);
      }
    }
    this.text = null;
    this.strongChars = 0;
    this.italicChars = 0;
    this.level = 0;
  }

  private element(tag: string, attrs: Record<string, string>, open: boolean): void {
    const table = this.tables[this.tables.length - 1];
    switch (tag) {
      case 'p':
      case 'h1':
      case 'h2':
      case 'h3':
      case 'h4':
      case 'h5':
      case 'h6':
        if (this.cell) {
          if (!open) this.cell.text += '\n';
        } else if (open) {
          // The first paragraph of a list item keeps the item's "1. " / "- " prefix.
          if (!this.itemPrefixPending) this.flush();
          if (this.text === null) this.text = '';
          this.itemPrefixPending = false;
          this.level = tag === 'p' ? 0 : Number(tag.slice(1));
        } else this.flush();
        break;
      case 'li': {
        const list = this.lists[this.lists.length - 1];
        if (open && !this.cell) {
          this.flush();
          const note = (attrs.id ?? '').match(/^(?:footnote|endnote)-(\d+)$/);
          if (list) list.count += 1;
          this.text = note ? `<sup>${note[1]}</sup> ` : list?.ordered ? `${list.count}. ` : '- ';
          this.itemPrefixPending = true;
          this.level = 0;
        } else if (!open && !this.cell) this.flush();
        break;
      }
      case 'ol':
      case 'ul':
        if (open) {
          this.flush();
          this.lists.push({ ordered: tag === 'ol', count: 0 });
        } else this.lists.pop();
        break;
      case 'br':
        this.append('\n');
        break;
      case 'sup':
        if (open) {
          this.supDepth += 1;
          this.supText = '';
        } else if (this.supDepth > 0) {
          this.supDepth -= 1;
          const n = this.supText.replace(/[[\]\s]/g, '');
          this.append(/^\d{1,3}$/.test(n) ? `<sup>${n}</sup>` : this.supText);
        }
        break;
      case 'a':
        // mammoth's footnote back-link "↑" is noise.
        if (open && /footnote-ref|endnote-ref/.test(attrs.href ?? '')) this.supDepth += 1;
        else if (!open && this.supDepth > 0 && this.supText.includes('↑')) {
          this.supDepth -= 1;
          this.supText = '';
        }
        break;
      case 'table':
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
        break;
      case 'tr':
        if (open && table && this.tables.length === 1) table.rows.push([]);
        break;
      case 'td':
      case 'th':
        if (this.tables.length !== 1) break; // nested tables: their text stays in the outer cell
        if (open) {
          this.cell = { text: '', colspan: span(attrs.colspan, MAX_COLUMNS), rowspan: span(attrs.rowspan, 10000) };
        } else if (this.cell && table) {
          // A cell before any <tr> (malformed HTML) opens the first row.
          if (table.rows.length === 0) table.rows.push([]);
          table.rows[table.rows.length - 1]?.push(this.cell);
          this.cell = null;
        }
        break;
      default:
        if (CONTAINERS.has(tag)) {
          if (this.cell) {
            if (!open) this.cell.text += '\n';
          } else if (this.tables.length === 0) this.flush();
        }
        break;
    }
  }
}
