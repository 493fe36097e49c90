import { type AnyNode, type Element, isTag, isText } from 'domhandler';
import { removeElement } from 'domutils';
import { parseDocument } from 'htmlparser2';
import type { Block } from './document.js';
import { nodesToBlocks, SKIPPED } from './html-blocks.js';
import { normalizeText } from './text-blocks.js';

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

/**
 * Decodes a saved page: a byte-order mark; else UTF-8 when the bytes are valid UTF-8 (a page
 * re-encoded on saving may keep its old <meta>, and Windows-125x text with accents is never
 * valid UTF-8); else the charset its <meta> names; else Windows-1258, the Vietnamese code page
 * of pages from before Unicode.
 */
export function decodeHtml(bytes: Uint8Array): string {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return new TextDecoder('utf-8').decode(bytes);
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes);
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes);
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    // Not UTF-8: the page says which code page, or it is the Vietnamese one.
  }
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 8192));
  const label = head.match(/<meta[^>]+charset\s*=\s*["']?\s*([\w:.-]+)/i)?.[1]?.toLowerCase() ?? 'windows-1258';
  try {
    return new TextDecoder(/^(?:utf-?8|utf-?16.*|unicode)$/.test(label) ? 'windows-1258' : label).decode(bytes);
  } catch {
    return new TextDecoder('windows-1258').decode(bytes); // a label TextDecoder does not know
  }
}

/** Elements that are site furniture by their kind. */
const CHROME_TAGS = new Set([
  'nav',
  'header',
  'footer',
  'aside',
  'form',
  'button',
  'select',
  'input',
  'textarea',
  'menu',
  'dialog',
]);

/** Words in a class or id that name site furniture (the page's own names, in English or Vietnamese). */
const CHROME_NAMES = new Set([
  'nav',
  'navbar',
  'navigation',
  'menu',
  'breadcrumb',
  'breadcrumbs',
  'sidebar',
  'login',
  'signin',
  'dangnhap',
  'related',
  'lienquan',
  'share',
  'social',
  'banner',
  'ads',
  'advert',
  'quangcao',
  'copyright',
  'comment',
  'comments',
  'toolbar',
  'cookie',
  'popup',
  'modal',
  'search',
]);

/** Inline elements: no line break before or after their text. */
const INLINE = new Set([
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

/** Where the document's head is: a title in capitals, and its number line. */
const TITLE =
  /(?:KẾ\s+HOẠCH|QUYẾT\s+ĐỊNH|CHỈ\s+THỊ|NGHỊ\s+QUYẾT|THÔNG\s+BÁO|CHƯƠNG\s+TRÌNH|ĐỀ\s+ÁN|QUY\s+CHẾ|QUY\s+ĐỊNH|HƯỚNG\s+DẪN|BÁO\s+CÁO|CÔNG\s+VĂN|CÔNG\s+ĐIỆN)(?!\p{L})/gu;
const NUMBER_LINE = /Số\s*:/gu;

/** Labels of a site's metadata box about the document. */
const META_LABELS = [
  /Số hiệu/i,
  /Loại văn bản/i,
  /Nơi ban hành|Cơ quan ban hành/i,
  /Ngày ban hành/i,
  /Người ký/i,
  /Tình trạng/i,
  /Ngày hiệu lực|Ngày có hiệu lực/i,
  /Lĩnh vực/i,
  /Ngày công báo|Số công báo/i,
];

type Chrome = 'lead' | 'trail';

interface Furniture {
  kind: Chrome;
  /** Known only by a class or id, or hidden: inside the main content, removed only when small. */
  byName: boolean;
}

/** Short blocks whose words are the site's, not the document's; 'trail' ones end the document. */
function chromeByText(text: string): Chrome | null {
  const t = text.trim();
  if (t.length === 0 || t.length > 500) return null;
  if (/^(?:Copyright|©|\(c\)\s*\d{4})/i.test(t)) return 'trail';
  if (/^Bản quyền\s*(?:thuộc|©|\(c\)|\d{4}|:)/iu.test(t)) return 'trail';
  if (t.length <= 300 && t.includes('©')) return 'trail';
  if (t.length <= 80 && /^(?:Các\s+)?Văn bản liên quan(?!\p{L})/iu.test(t)) return 'trail';
  if (/(?:vui lòng|bạn (?:cần|phải|chưa|hãy)|xin mời) đăng nhập/iu.test(t)) return 'lead';
  // Tabs, buttons and menu entries are a few words; a document's own heading or sentence that
  // happens to start alike is longer.
  if (t.length > 40) return null;
  if (
    /^(?:Đăng nhập|Đăng xuất|Trang chủ|Tải về|Tải văn bản|Lược đồ|Thuộc tính(?: văn bản)?|Văn bản gốc|In văn bản|Theo dõi văn bản)(?!\p{L})/iu.test(
      t,
    )
  )
    return 'lead';
  return null;
}

interface Span {
  start: number;
  end: number;
}

/** The page's text, each element with its span of it (blocks set apart by line breaks). */
function layOut(root: AnyNode[]): { text: string; spans: Map<AnyNode, Span>; order: Element[] } {
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

/** The blocks of a saved web page's document, without the site around it. */
export function pageToBlocks(html: string): Block[] {
  const dom = parseDocument(html);
  const { text, spans, order } = layOut(dom.children);
  const span = (e: AnyNode): Span => spans.get(e) ?? { start: 0, end: 0 };
  const head = findHead(text);

  // Elements holding the head are the document's, whatever they are called.
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

  let main: Element | null = null;
  if (head) {
    for (const e of order) {
      const s = span(e);
      if (s.start <= head.start && s.end >= head.end) main = e; // the last in document order is the deepest
    }
  }
  const parentOf = (e: Element): Element | null => (e.parent && isTag(e.parent) ? e.parent : null);
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

  const scope: Span = main ? span(main) : { start: 0, end: text.length };
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
  if (main && head) cutBefore(main, documentStart(text, head, scope), span);
  return nodesToBlocks(main ? [main] : dom.children, { web: true });
}

/** The issuer or national motto lines that open a document above its number and title. */
const OPENING =
  /(?:ỦY|UỶ)\s+BAN\s+NHÂN\s+DÂN|HỘI\s+ĐỒNG\s+NHÂN\s+DÂN|CỘNG\s+H(?:ÒA|OÀ)\s+XÃ\s+HỘI\s+CHỦ\s+NGHĨA|TỈNH\s+(?:ỦY|UỶ)|THÀNH\s+(?:ỦY|UỶ)/u;

/** Where the document begins: its opening lines when they stand just above the head, else the head. */
function documentStart(text: string, head: Span, scope: Span): number {
  const from = Math.max(scope.start, head.start - 600);
  const m = OPENING.exec(text.slice(from, head.start));
  return m ? from + m.index : head.start;
}

/** Containers the cut may go down through; a table or a paragraph is kept whole. */
const CUT_THROUGH = new Set(['div', 'section', 'article', 'main', 'body', 'form', 'center', 'blockquote', 'html']);

/**
 * Drops what the main content holds before the document begins (a site title, what is left of
 * a breadcrumb). Only a little text may go: if more stands before, the start found is not the
 * first document's (a decision issuing a plan has two heads), and nothing is cut.
 */
function cutBefore(main: Element, start: number, span: (node: AnyNode) => Span): void {
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

/** Table parts: a cell that reads like furniture is still a cell of the document's table. */
const TABLE_PARTS = new Set(['tr', 'td', 'th', 'thead', 'tbody', 'tfoot', 'caption', 'colgroup', 'col']);

/** The element is furniture by its kind, its class or id, its words, or as the site's metadata box. */
function chromeOf(e: Element, text: string, s: Span): Furniture | null {
  const name = e.name.toLowerCase();
  if (CHROME_TAGS.has(name)) return { kind: 'lead', byName: false };
  const names = `${e.attribs.class ?? ''} ${e.attribs.id ?? ''}`.toLowerCase().split(/[\s_-]+/);
  if (names.some((n) => CHROME_NAMES.has(n)))
    return { kind: names.includes('copyright') ? 'trail' : 'lead', byName: true };
  // Hidden tabs of a saved page (the site's «Thuộc tính», «Lược đồ» panels). Weak like a class
  // name: some sites hide the rest of a long document behind a «Xem tiếp» button.
  if ('hidden' in e.attribs || /display\s*:\s*none|visibility\s*:\s*hidden/i.test(e.attribs.style ?? '')) {
    return { kind: 'lead', byName: true };
  }
  if (s.end - s.start > 3000 || INLINE.has(name) || TABLE_PARTS.has(name)) return null;
  const kind = chromeByText(text) ?? (META_LABELS.filter((label) => label.test(text)).length >= 3 ? 'lead' : null);
  return kind ? { kind, byName: false } : null;
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

/**
 * The document's head as a span: the first title word in capitals with a «Số:» line close to
 * it (a decision that issues a plan has two heads: the first is the page's document), else the
 * closest pair, else the first title word or number line alone.
 */
function findHead(text: string): Span | null {
  const titles = [...text.matchAll(TITLE)].map((m) => ({ start: m.index, end: m.index + m[0].length }));
  const numbers = [...text.matchAll(NUMBER_LINE)].map((m) => ({ start: m.index, end: m.index + m[0].length }));
  const pair = (t: Span, n: Span): Span => ({ start: Math.min(n.start, t.start), end: Math.max(n.end, t.end) });
  let closest: Span | null = null;
  let distance = Infinity;
  for (const t of titles) {
    let nearest: Span | null = null;
    let d = Infinity;
    for (const n of numbers) {
      if (Math.abs(n.start - t.start) < d) {
        d = Math.abs(n.start - t.start);
        nearest = n;
      }
    }
    if (!nearest) break;
    if (d <= HEAD_REACH) return pair(t, nearest);
    if (d < distance) {
      distance = d;
      closest = pair(t, nearest);
    }
  }
  return closest ?? titles[0] ?? numbers[0] ?? null;
}

/** How far apart a document's title and number line may stand in its head (characters). */
const HEAD_REACH = 600;
