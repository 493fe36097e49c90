import { type AnyNode, type Element, isTag } from 'domhandler';
import { removeElement } from 'domutils';
import { parseDocument } from 'htmlparser2';
import type { Block } from './document.js';
import { nodesToBlocks } from './html-blocks.js';
import { chromeOf, type Furniture } from './page-furniture.js';
import { documentStart, findHead } from './page-head.js';
import { layOut, type PageText, type Span } from './page-text.js';

export { decodeHtml } from './html-decode.js';

/**
 * Reads a page saved from a legal-document website: keeps the document and drops the site
 * around it (menus, login notices, the site's metadata box, «Văn bản liên quan», copyright).
 *
 * How: the page's text is laid out once, each element knowing its span of it. The document's
 * head is where a title word in capitals (KẾ HOẠCH, QUYẾT ĐỊNH …) stands nearest to «Số:»; the
 * smallest element holding both is widened, parent by parent, while what a parent adds is
 * mostly not site furniture. Furniture left inside is then removed, and anything after a
 * trailing block («Văn bản liên quan», a copyright line) is cut off.
 */

type SpanOf = (node: AnyNode) => Span;

const parentOf = (e: Element): Element | null => (e.parent && isTag(e.parent) ? e.parent : null);

/** The blocks of a saved web page's document, without the site around it. */
export function pageToBlocks(html: string): Block[] {
  const dom = parseDocument(html);
  const page = layOut(dom.children);
  const span: SpanOf = (e) => page.spans.get(e) ?? { start: 0, end: 0 };
  const head = findHead(page.text);
  const chrome = findFurniture(page, span, head);
  const main = head ? widenMain(deepestHolding(page, span, head), page, span, chrome) : null;
  const scope: Span = main ? span(main) : { start: 0, end: page.text.length };
  removeFurniture(chrome, span, { main, head, scope });
  if (main && head) cutBefore(main, documentStart(page.text, head, scope), span);
  return nodesToBlocks(main ? [main] : dom.children, { web: true });
}

/** The elements that are site furniture; elements holding the head are the document's, whatever they are called. */
function findFurniture({ text, order }: PageText, span: SpanOf, head: Span | null): Map<Element, Furniture> {
  const holdsHead = (e: Element): boolean => {
    if (!head) return false;
    const s = span(e);
    return (s.start <= head.start && head.start < s.end) || (s.start < head.end && head.end <= s.end);
  };
  const chrome = new Map<Element, Furniture>();
  for (const e of order) {
    if (holdsHead(e)) continue;
    const kind = chromeOf(e, text.slice(span(e).start, Math.min(span(e).end, span(e).start + 3001)), span(e));
    if (kind) chrome.set(e, kind);
  }
  return chrome;
}

/** The smallest element holding the whole head. */
function deepestHolding({ order }: PageText, span: SpanOf, head: Span): Element | null {
  let main: Element | null = null;
  for (const e of order) {
    const s = span(e);
    if (s.start <= head.start && s.end >= head.end) main = e; // the last in document order is the deepest
  }
  return main;
}

/** Widens the main content parent by parent while what a parent adds is mostly not furniture. */
function widenMain(
  start: Element | null,
  { order }: PageText,
  span: SpanOf,
  chrome: ReadonlyMap<Element, Furniture>,
): Element | null {
  let main = start;
  for (let parent = main ? parentOf(main) : null; main && parent; parent = parentOf(main)) {
    const inner = span(main);
    const outer = span(parent);
    let chromeChars = 0;
    let reach = -1; // count only the outermost furniture elements
    for (const e of order) {
      const s = span(e);
      if (s.start < outer.start || s.end > outer.end || s.start < reach || !chrome.has(e)) continue;
      if (s.end <= inner.start || s.start >= inner.end) {
        chromeChars += s.end - s.start;
        reach = s.end;
      }
    }
    const added = outer.end - outer.start - (inner.end - inner.start);
    if (chromeChars > 0 && added - chromeChars <= 4 * chromeChars) break;
    main = parent;
  }
  return main;
}

/** Removes the furniture inside the main content, and everything after a trailing block past the head. */
function removeFurniture(
  chrome: ReadonlyMap<Element, Furniture>,
  span: SpanOf,
  { main, head, scope }: { main: Element | null; head: Span | null; scope: Span },
): void {
  const removed = new Set<Element>();
  const isRemoved = (e: Element): boolean => {
    for (let p: Element | null = e; p; p = parentOf(p)) if (removed.has(p)) return true;
    return false;
  };
  for (const [e, { kind, byName }] of chrome) {
    const s = span(e);
    if (s.start < scope.start || s.end > scope.end || e === main || isRemoved(e)) continue;
    // A class name is a weak sign: a wrapper of the document's body may be called anything.
    if (byName && s.end - s.start > 500) continue;
    if (kind === 'trail' && head && s.start >= head.end) cutFrom(e, main, removed);
    removed.add(e);
    removeElement(e);
  }
}

/** Containers the cut may go down through; a table or a paragraph is kept whole. */
const CUT_THROUGH = new Set(['div', 'section', 'article', 'main', 'body', 'form', 'center', 'blockquote', 'html']);

/**
 * Drops what the main content holds before the document begins (a site title, what is left of
 * a breadcrumb). Only a little text may go: if more stands before, the start found is not the
 * first document's (a decision issuing a plan has two heads), and nothing is cut.
 */
function cutBefore(main: Element, start: number, span: SpanOf): void {
  const doomed: AnyNode[] = [];
  let chars = 0;
  for (let node: Element | null = main; node;) {
    let next: Element | null = null;
    for (const child of node.children) {
      const s = span(child);
      if (s.start <= start && start < s.end) {
        if (isTag(child) && CUT_THROUGH.has(child.name.toLowerCase())) next = child;
        break;
      }
      if (s.start > start) break;
      doomed.push(child);
      chars += s.end - s.start;
    }
    node = next;
  }
  if (chars > 1000) return;
  for (const node of doomed) removeElement(node);
}

/** Removes everything after the element inside the main content: the site's trailing blocks. */
function cutFrom(e: Element, main: Element | null, removed: Set<Element>): void {
  for (let node: AnyNode = e; node !== main && node.parent; node = node.parent) {
    for (let next = node.next; next;) {
      const after = next.next;
      if (isTag(next)) removed.add(next);
      removeElement(next);
      next = after;
    }
  }
}
