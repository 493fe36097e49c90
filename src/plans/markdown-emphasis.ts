/**
 * Bold and italic in a line of markdown (a legal-document page converted to markdown, or a PDF's
 * text where pdf-layout.ts marks the runs set in a bold or italic font). Pure: a line in, its
 * emphasised runs out; the caller strips the marks from the text.
 */

import type { TextSpan } from './document.js';

/**
 * `***both***`, `**bold**` / `__bold__` (converters leave spaces inside: «**Sở Y tế **»), then
 * `*italic*` or `_italic_` (turndown's default) standing apart from letters and figures (a lone
 * «*» under a party header, «5*» in a table, «ten_file» are no marks).
 */
const EMPHASIS =
  /\*\*\*(?=\S)(.+?)(?<=\S)\*\*\*|(\*\*|__)(?!\s*\2)(.+?)\2|(?<![\p{L}\p{N}*\\])\*(?=[^\s*])(.+?)(?<=[^\s*])\*(?![\p{L}\p{N}*])|(?<![\p{L}\p{N}_\\])_(?=[^\s_])(.+?)(?<=[^\s_])_(?![\p{L}\p{N}_])/gu;

/** The bold and italic runs of a markdown line, in reading order, without their marks. */
export function emphasisSpans(line: string): TextSpan[] {
  const spans: TextSpan[] = [];
  for (const m of line.matchAll(EMPHASIS)) {
    const [, both, , bold, starred, underscored] = m;
    const italic = starred ?? underscored;
    const inner = unmarked(both ?? bold ?? italic ?? '');
    if (!/[\p{L}\p{N}]/u.test(inner)) continue;
    if (both !== undefined) spans.push({ text: inner, bold: true, italic: true });
    else if (bold !== undefined) spans.push({ text: inner, bold: true });
    else spans.push({ text: inner, italic: true });
  }
  return spans;
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
    .replace(/(?<![\p{L}\p{N}_])_(?=[^\s_])(.+?)(?<=[^\s_])_(?![\p{L}\p{N}_])/gu, '$1')
    .replace(/[ \t]+/g, ' ')
    .trim();
}

function countLetters(text: string): number {
  return (text.match(/\p{L}/gu) ?? []).length;
}
