import type { ParaBlock } from './document.js';
import { emphasisSpans, wholly } from './markdown-emphasis.js';

/**
 * Rule «markdown-list-item»: a converter writes a Word list's items as «*   …» and the items of a
 * list inside it indented («    *   …»): they are the plan's «- » and «+ » items.
 */
function listItem(line: string): string {
  const m = line.match(/^(\s*)\*[ \t]+(?=[^\s*])/);
  if (!m) return line;
  return `${(m[1] ?? '').replace(/\t/g, '    ').length >= 2 ? '+' : '-'} ${line.slice(m[0].length)}`;
}

/** One markdown line → paragraph(s): heading level, bold, emphasis and escapes removed. */
export function markdownLine(line: string): ParaBlock[] {
  let text = listItem(line).trim().replace(/^>\s?/, '');
  let level = 0;
  const heading = text.match(/^(#{1,6})\s+(.*)$/);
  if (heading) {
    level = heading[1]?.length ?? 0;
    text = heading[2] ?? '';
  }
  text = text.replace(/\\$/, '').replace(/\\([\\`*_{}[\]()#+\-.!|<>])/g, '$1');
  const spans = emphasisSpans(text);
  // A title: the line opens with a bold mark and every letter is bold («**I. MỤC TIÊU**», «**1.**
  // **Sở Y tế**»); «**Điều 1.** Ban hành … **Kế hoạch**» opens and ends bold and is no title.
  const strong = /^(\*\*|__)/.test(text.trim()) && wholly(text, spans, 'bold');
  // «**Sở Y tế** chủ trì …», «7. **Đề nghị X, Y** giới thiệu …», «**1. Ban Quản lý …** là …».
  const lead = strong
    ? null
    : text
        .trim()
        .match(/^(?:\d{1,2}(?:\.\d{1,2})*[.)]\s*)?\*\*(?:\d{1,2}(?:\.\d{1,2})*[.)]\s*)?([^*]{2,200}?)\*\*\s*\S/u);
  text = text
    .replace(/\*\*\*|\*\*|__/g, '')
    .replace(/(^|[\s“"(])\*(?=\S)(.{1,300}?)(?<=\S)\*(?=$|[\s”",.;:)])/g, '$1$2')
    .replace(/(^|[\s“"(])_(?=[^\s_])(.{1,300}?)(?<=[^\s_])_(?=$|[\s”",.;:)])/gu, '$1$2')
    // Converters leave emphasis marks around numbers and spaces («*1.1. *Tiếp tục», «*(nếu có) *»).
    .replace(/(^|\s)\*(?=\S)|(?<=\S)\*(?=\s|$)|(?<=[.)])\s\*(?=\p{Lu})/gu, '$1')
    .replace(/[ \t]+/g, ' ')
    .trim();
  if (text === '') return [];
  const para: ParaBlock = { type: 'para', text };
  if (level > 0) para.level = level;
  // A heading is a title as a bold line is: a browser draws it bold, and so do the plan's readers.
  if (strong || level > 0) para.strong = true;
  if (lead?.[1]) para.boldLead = lead[1].replace(/[\s:]+$/u, '').trim();
  if (wholly(text, spans, 'italic')) para.italic = true;
  if (spans.length > 0) para.spans = spans;
  return [para];
}
