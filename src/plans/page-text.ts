import { type AnyNode, type Element, isTag, isText } from 'domhandler';
import { SKIPPED } from './html-elements.js';
import { normalizeText } from './normalize-text.js';

/** A stretch of the page's laid-out text: [start, end) in characters. */
export interface Span {
  start: number;
  end: number;
}

/** The page's text laid out once, each element knowing its span of it. */
export interface PageText {
  text: string;
  spans: Map<AnyNode, Span>;
  /** The elements laid out, in document order. */
  order: Element[];
}

/** Inline elements: no line break before or after their text. */
export const INLINE = new Set([
  'a',
  'abbr',
  'b',
  'strong',
  'i',
  'em',
  'u',
  'span',
  'sup',
  'sub',
  'font',
  'small',
  'big',
  'code',
  'label',
  's',
  'strike',
  'mark',
  'q',
  'cite',
  'time',
  'o:p',
]);

/** The page's text, each element with its span of it (blocks set apart by line breaks). */
export function layOut(root: AnyNode[]): PageText {
  const parts: string[] = [];
  let length = 0;
  const push = (s: string): void => {
    parts.push(s);
    length += s.length;
  };
  const spans = new Map<AnyNode, Span>();
  const order: Element[] = [];
  // An explicit stack: a hostile page may nest elements thousands deep.
  const stack: Array<{ node: AnyNode; exit?: boolean }> = [...root].reverse().map((node) => ({ node }));
  while (stack.length > 0) {
    const item = stack.pop();
    if (!item) break;
    const { node } = item;
    if (isText(node)) {
      const start = length;
      push(normalizeText(node.data).replace(/\s+/g, ' '));
      spans.set(node, { start, end: length });
      continue;
    }
    if (!isTag(node)) continue;
    const name = node.name.toLowerCase();
    const block = !INLINE.has(name);
    if (item.exit) {
      const span = spans.get(node);
      if (span) span.end = length;
      if (block) push('\n');
      continue;
    }
    if (SKIPPED.has(name)) continue;
    if (name === 'br') {
      push('\n');
      continue;
    }
    if (block) push('\n');
    spans.set(node, { start: length, end: length });
    order.push(node);
    stack.push({ node, exit: true });
    for (let i = node.children.length - 1; i >= 0; i -= 1) {
      const child = node.children[i];
      if (child) stack.push({ node: child });
    }
  }
  return { text: parts.join(''), spans, order };
}
