import type { Element } from 'domhandler';
import { INLINE, type Span } from './page-text.js';

/**
 * Site furniture: what a legal-document website puts around the document (menus, login
 * notices, the site's metadata box, «Văn bản liên quan», copyright), told by an element's kind,
 * its class or id, or its words.
 */

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

export type Chrome = 'lead' | 'trail';

export interface Furniture {
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

/** Table parts: a cell that reads like furniture is still a cell of the document's table. */
const TABLE_PARTS = new Set(['tr', 'td', 'th', 'thead', 'tbody', 'tfoot', 'caption', 'colgroup', 'col']);

/** The element is furniture by its kind, its class or id, its words, or as the site's metadata box. */
export function chromeOf(e: Element, text: string, s: Span): Furniture | null {
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
