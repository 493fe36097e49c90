/**
 * The neutral document model every reader (.txt/.md, .docx, .pdf) produces, so the
 * extractor never cares where a plan came from.
 */
export interface ParaBlock {
  type: 'para';
  /** Text without markdown marks; bullets keep their "- " and numbers their "1. ". */
  text: string;
  /** Heading level when the source marks one (markdown "#", Word h1–h6); 0 or absent for body text. */
  level?: number;
  /** The whole paragraph is bold. */
  strong?: boolean;
  /**
   * The bold run the paragraph opens with, when only part of it is bold («**Sở Y tế** chủ trì …»,
   * «7. **Đề nghị Hiệp hội …** giới thiệu …»): where a body's name ends, whatever verb follows
   * (readers that know it: .md, .docx, .html).
   */
  boldLead?: string;
  /** The whole paragraph is italic (readers that know it: .md, .docx, .html, .pdf). */
  italic?: boolean;
  /**
   * The runs of the paragraph set in bold or italic, in reading order, without their marks
   * («**Sở Y tế** chủ trì … *(nếu có)*» → «Sở Y tế» bold, «(nếu có)» italic). Absent when the
   * paragraph has none, or its reader cannot see them.
   */
  spans?: TextSpan[];
  /** Where it stands in the source, for the coordinator: page (PDF) or line (.txt/.md), from 1. */
  page?: number;
  line?: number;
}

/** A run of a paragraph's text set in bold, in italic, or both. */
export interface TextSpan {
  text: string;
  bold?: true;
  italic?: true;
}

/** One cell as the source had it: its paragraphs and how many rows and columns it spans. */
export interface TableCellSpan {
  paragraphs: string[];
  rowSpan: number;
  colSpan: number;
}

export interface TableBlock {
  type: 'table';
  /** Rows of cells; a cell may hold "\n" where the source broke it into lines or paragraphs. */
  rows: string[][];
  /**
   * The source rows with merged cells kept once, with their spans (readers that know them:
   * .docx, .html). `rows` is the same table laid out flat, spans repeated or blank.
   */
  grid?: TableCellSpan[][];
  /**
   * The table was rebuilt from a PDF's text positions or read from a text page (pipes, tabs, the
   * converter's layout): a merged cell shows its text once, in its first row, so a blank cell
   * below may be that merge (appendix-table.ts carries it, and says so).
   */
  mergesLost?: boolean;
  page?: number;
  line?: number;
}

export type Block = ParaBlock | TableBlock;

export interface PlanDocument {
  blocks: Block[];
}

/** Where a block is, in the words a coordinator checks by eye: «trang 5», «dòng 120», «đoạn 12». */
export function placeOf(doc: PlanDocument, index: number): string {
  const block = doc.blocks[index];
  if (block?.page !== undefined) return `trang ${block.page}`;
  if (block?.line !== undefined) return `dòng ${block.line}`;
  return `đoạn ${index + 1}`;
}

const SUPERSCRIPT_DIGITS = '⁰¹²³⁴⁵⁶⁷⁸⁹';

/** Footnote numbers referenced in a text: "<sup>1</sup>", "¹²". */
export function footnoteRefs(text: string): number[] {
  const refs: number[] = [];
  for (const m of text.matchAll(/<sup>\s*\[?(\d{1,3})\]?\s*<\/sup>/g)) refs.push(Number(m[1]));
  for (const m of text.matchAll(/[⁰¹²³⁴⁵⁶⁷⁸⁹]+/g)) {
    refs.push(Number([...m[0]].map((c) => SUPERSCRIPT_DIGITS.indexOf(c)).join('')));
  }
  return refs;
}

/** Removes footnote marks and any other inline tag left by a reader. */
export function stripMarks(text: string): string {
  return text
    .replace(/<sup>.*?<\/sup>/g, '')
    .replace(/<\/?[a-z]+>/g, '')
    .replace(/[⁰¹²³⁴⁵⁶⁷⁸⁹]+/g, '')
    .replace(/[ \t]+/g, ' ')
    .replace(/ +([,.;:)])/g, '$1')
    .trim();
}

/** A paragraph that defines a footnote ("<sup>1</sup> Báo cáo tháng …", "¹ Quyết định …"): its number and text. */
export function footnoteDefinition(text: string): { n: number; text: string } | null {
  const m = text.match(/^\s*(?:<sup>\s*\[?(\d{1,3})\]?\s*<\/sup>|([¹²³⁴⁵⁶⁷⁸⁹⁰]+))\s*(.+)$/s);
  if (!m) return null;
  const n =
    m[1] !== undefined ? Number(m[1]) : Number([...(m[2] ?? '')].map((c) => SUPERSCRIPT_DIGITS.indexOf(c)).join(''));
  return { n, text: stripMarks(m[3] ?? '') };
}

/** All footnotes of a document by number (the first definition wins). */
export function collectFootnotes(doc: PlanDocument): Map<number, string> {
  const notes = new Map<number, string>();
  for (const block of doc.blocks) {
    if (block.type !== 'para') continue;
    const def = footnoteDefinition(block.text);
    if (def && !notes.has(def.n)) notes.set(def.n, def.text);
  }
  return notes;
}
