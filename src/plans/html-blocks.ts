import { type ChildNode, type Element, isTag, isText } from 'domhandler';
import { findAll } from 'domutils';
import { parseDocument } from 'htmlparser2';
import type { Block } from './document.js';
import { BlockBuilder } from './html-block-builder.js';
import { SKIPPED, VOID } from './html-elements.js';

/**
 * Turns HTML into blocks: the small, well-formed HTML that mammoth writes for a .docx, and
 * (with `web`) the body of a page saved from a legal-document website. htmlparser2 builds
 * the tree (entities, implied end tags, attributes in any quoting); the walk below feeds its
 * elements to the block builder (html-block-builder.ts), which turns them into paragraphs and
 * tables. Paragraphs, headings and list items become paragraphs (Word's automatic list
 * numbers, which mammoth drops, are put back as "1. ");
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
