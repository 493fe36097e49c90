/**
 * Bold and italic in a line of markdown (a legal-document page converted to markdown, or a PDF's
 * text where pdf-layout.ts marks the runs set in a bold or italic font). Pure: a line in, its
 * emphasised runs out; the caller strips the marks from the text.
 */

import type { TextSpan } from './document.js';

/**
 * `***both***`, `**bold**` / `__bold__` (converters leave spaces inside: «**Sở Y tế **»), then
 * `*italic*` or `_italic_` (turndown's default) standing apart from letters and figures (a lone
 * «*» under a party header, «5*» in a table, «ten_file» are no marks). Marks are paired in one
 * pass, left to right: a long line costs its length, not its length squared.
 */
export function emphasisSpans(line: string): TextSpan[] {
  const spans: TextSpan[] = [];
  const open = new Map<string, number>();
  for (const m of line.matchAll(/\*{1,3}|_{1,2}/g)) {
    const mark = m[0];
    const at = m.index;
    const before = line.charAt(at - 1);
    const after = line.charAt(at + mark.length);
    const strong = mark.length >= 2;
    // A single mark must stand against its words and apart from letters outside them.
    const canClose = strong ? before !== '' : /\S/.test(before) && !/[\p{L}\p{N}]/u.test(after);
    const canOpen = strong ? after !== '' : /\S/.test(after) && !/[\p{L}\p{N}\\]/u.test(before);
    const from = open.get(mark);
    if (from !== undefined && canClose) {
      const inner = unmarked(line.slice(from + mark.length, at));
      if (/[\p{L}\p{N}]/u.test(inner)) spans.push(spanOf(inner, mark));
      open.clear();
    } else if (canOpen && from === undefined) open.set(mark, at);
  }
  return spans;
}

function spanOf(text: string, mark: string): TextSpan {
  if (mark === '***') return { text, bold: true, italic: true };
  return mark.length === 2 ? { text, bold: true } : { text, italic: true };
}

/** Every letter of the line stands in a span of this kind (a line of figures alone says nothing). */
export function wholly(line: string, spans: readonly TextSpan[], kind: 'bold' | 'italic'): boolean {
  const letters = countLetters(unmarked(line));
  if (letters === 0) return false;
  const marked = spans.filter((s) => s[kind] === true).reduce((n, s) => n + countLetters(s.text), 0);
  return marked >= letters;
}

/** The text without emphasis marks (the caller strips the line the same way). */
export function unmarked(text: string): string {
  return text
    .replace(/\*+|__/g, '')
    .replace(/(^|\s)_|_(?=\s|$|[.,;:)])/g, '$1')
    .replace(/[ \t]+/g, ' ')
    .trim();
}

function countLetters(text: string): number {
  return (text.match(/\p{L}/gu) ?? []).length;
}
