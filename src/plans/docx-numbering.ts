import { type Element, isTag } from 'domhandler';
import { findAll, findOne } from 'domutils';
import { parseDocument } from 'htmlparser2';
import JSZip from 'jszip';

/**
 * Word's automatic numbering, written out as the text a reader sees («1.», «a)», «-», «+»).
 *
 * An office's Word file often numbers its items with Word's lists rather than typed text: the
 * number lives in numbering.xml, not in the paragraph. mammoth turns such lists into <ol>/<ul>
 * and keeps only «ordered or not», so «a) Sở Y tế: …» would come out as «1. Sở Y tế: …», a
 * bullet «+» as «-», and a numbered heading («II. NHIỆM VỤ») without its number — and the
 * importer reads structure from exactly those marks. So before mammoth reads the file, each
 * numbered paragraph gets its label as a first run of text and loses its list: the file then
 * says what the page shows, as a plan typed by hand does.
 */

interface Level {
  format: string;
  text: string;
  start: number;
}

interface Numbering {
  /** Levels by abstract numbering id, then by level (0–8). */
  abstracts: Map<string, Map<number, Level>>;
  /** num id → abstract id, and the levels that restart (startOverride). */
  nums: Map<string, { abstract: string; restarts: Map<number, number> }>;
  /** Paragraph style id → the numbering it carries (numbered headings). */
  styles: Map<string, { numId: string; level: number }>;
}

const XML = { xmlMode: true, withStartIndices: true, withEndIndices: true } as const;
const val = (el: Element | null | undefined): string | undefined => el?.attribs['w:val'];
const child = (el: Element, name: string): Element | null =>
  findOne((e) => e.name === name, el.children.filter(isTag), false);

/** The .docx with its list numbers as text; the same bytes when it has no Word lists. */
export async function materializeNumbering(bytes: Buffer): Promise<Buffer> {
  const zip = await JSZip.loadAsync(bytes);
  const documentXml = await zip.file('word/document.xml')?.async('string');
  const numberingXml = await zip.file('word/numbering.xml')?.async('string');
  if (documentXml === undefined || numberingXml === undefined) return bytes;
  const stylesXml = (await zip.file('word/styles.xml')?.async('string')) ?? '';
  // Most plans type their numbers: nothing to do, and the document is not parsed.
  if (!documentXml.includes('<w:numPr') && !stylesXml.includes('<w:numPr')) return bytes;
  const numbering = readNumbering(numberingXml, stylesXml);
  const styled = [...numbering.styles.keys()].some((id) => documentXml.includes(`w:val="${id}"`));
  if (!documentXml.includes('<w:numPr') && !styled) return bytes;
  const written = writeLabels(documentXml, numbering);
  if (written === documentXml) return bytes;
  zip.file('word/document.xml', written);
  return zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
}

function readNumbering(numberingXml: string, stylesXml: string): Numbering {
  const doc = parseDocument(numberingXml, XML);
  const abstracts = new Map<string, Map<number, Level>>();
  for (const abstract of findAll((e) => e.name === 'w:abstractNum', doc.children)) {
    const levels = new Map<number, Level>();
    for (const lvl of findAll((e) => e.name === 'w:lvl', abstract.children)) {
      levels.set(Number(lvl.attribs['w:ilvl'] ?? 0), {
        format: val(child(lvl, 'w:numFmt')) ?? 'decimal',
        text: val(child(lvl, 'w:lvlText')) ?? '',
        start: Number(val(child(lvl, 'w:start')) ?? 1),
      });
    }
    abstracts.set(abstract.attribs['w:abstractNumId'] ?? '', levels);
  }
  const nums = new Map<string, { abstract: string; restarts: Map<number, number> }>();
  for (const num of findAll((e) => e.name === 'w:num', doc.children)) {
    const restarts = new Map<number, number>();
    for (const override of findAll((e) => e.name === 'w:lvlOverride', num.children)) {
      const start = val(findOne((e) => e.name === 'w:startOverride', override.children));
      if (start !== undefined) restarts.set(Number(override.attribs['w:ilvl'] ?? 0), Number(start));
    }
    nums.set(num.attribs['w:numId'] ?? '', { abstract: val(child(num, 'w:abstractNumId')) ?? '', restarts });
  }
  const styles = new Map<string, { numId: string; level: number }>();
  for (const style of findAll((e) => e.name === 'w:style', parseDocument(stylesXml, XML).children)) {
    const numPr = findOne((e) => e.name === 'w:numPr', style.children);
    const numId = val(numPr && findOne((e) => e.name === 'w:numId', numPr.children));
    if (numPr && numId !== undefined && style.attribs['w:styleId'])
      styles.set(style.attribs['w:styleId'], {
        numId,
        level: Number(val(findOne((e) => e.name === 'w:ilvl', numPr.children)) ?? 0),
      });
  }
  return { abstracts, nums, styles };
}

/** One numbered paragraph's edit: its label goes in at `insertAt`, its list mark is cut or cancelled. */
interface Edit {
  insertAt: number;
  label: string;
  /** The <w:numPr> to remove (direct numbering), or where to cancel a style's numbering. */
  numPr: { start: number; end: number } | null;
  cancelAt: number | null;
  /** The run properties the label is set in: the first run's, so a bold title stays bold. */
  style: string;
}

/**
 * Word draws the number in the paragraph's own type; the first run's properties stand for it, so
 * «II. **NHIỆM VỤ**» stays a title bold from end to end, and «1. **Sở Y tế:** …» keeps its bold
 * opening for the name.
 */
function labelStyle(xml: string, p: Element): string {
  const run = findOne((e) => e.name === 'w:r', p.children.filter(isTag), false);
  const rPr = run ? child(run, 'w:rPr') : null;
  return rPr ? xml.slice(rPr.startIndex ?? 0, (rPr.endIndex ?? 0) + 1) : '';
}

function writeLabels(xml: string, numbering: Numbering): string {
  const doc = parseDocument(xml, XML);
  const counters = new ListCounters(numbering);
  const edits: Edit[] = [];
  for (const p of findAll((e) => e.name === 'w:p', doc.children)) {
    const pPr = child(p, 'w:pPr');
    const numPr = pPr ? child(pPr, 'w:numPr') : null;
    const direct = numPr
      ? {
          numId: val(child(numPr, 'w:numId')) ?? '',
          level: Number(val(child(numPr, 'w:ilvl')) ?? 0),
        }
      : null;
    const styled = numbering.styles.get(val(pPr ? child(pPr, 'w:pStyle') : null) ?? '');
    const list = direct ?? styled ?? null;
    if (!list || list.numId === '0') continue;
    const label = counters.next(list.numId, list.level);
    // A numbered paragraph always has properties (its numbering or its style lives there).
    if (label === null || !pPr) continue;
    edits.push({
      insertAt: (pPr.endIndex ?? 0) + 1,
      label,
      style: labelStyle(xml, p),
      numPr: numPr ? { start: numPr.startIndex ?? 0, end: (numPr.endIndex ?? 0) + 1 } : null,
      cancelAt: numPr ? null : (pPr.endIndex ?? 0) - '</w:pPr>'.length + 1,
    });
  }
  let out = xml;
  for (const edit of edits.reverse()) {
    const run = `<w:r>${edit.style}<w:t xml:space="preserve">${escapeXml(edit.label)} </w:t></w:r>`;
    out = out.slice(0, edit.insertAt) + run + out.slice(edit.insertAt);
    // numId 0 says «no list»: a numbered style's paragraph keeps its style, not its list.
    if (edit.cancelAt !== null)
      out = `${out.slice(0, edit.cancelAt)}<w:numPr><w:ilvl w:val="0"/><w:numId w:val="0"/></w:numPr>${out.slice(edit.cancelAt)}`;
    if (edit.numPr) out = out.slice(0, edit.numPr.start) + out.slice(edit.numPr.end);
  }
  return out;
}

const escapeXml = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** Word's counters: one per list and level; a level's count restarts when a higher level moves on. */
class ListCounters {
  private readonly counts = new Map<string, number[]>();
  /** Levels of a list instance still to restart where its startOverride says, on first use. */
  private readonly pending = new Map<string, Map<number, number>>();

  constructor(private readonly numbering: Numbering) {}

  next(numId: string, level: number): string | null {
    const num = this.numbering.nums.get(numId);
    const levels = num ? this.numbering.abstracts.get(num.abstract) : undefined;
    const own = levels?.get(level);
    if (!num || !levels || !own) return null;
    // Lists that share an abstract numbering go on counting, unless this one says where it starts.
    const key = num.abstract;
    const counts = this.counts.get(key) ?? [];
    if (!this.pending.has(numId)) this.pending.set(numId, new Map(num.restarts));
    const restart = this.pending.get(numId)?.get(level);
    if (restart !== undefined) {
      counts[level] = restart - 1;
      this.pending.get(numId)?.delete(level);
    }
    counts[level] = (counts[level] ?? (levels.get(level)?.start ?? 1) - 1) + 1;
    counts.length = level + 1;
    this.counts.set(key, counts);
    if (own.format === 'bullet') return bulletText(own.text);
    if (own.format === 'none') return own.text.replace(/%\d/g, '').trim() || null;
    const label = own.text.replace(/%([1-9])/g, (_, n: string) => {
      const l = Number(n) - 1;
      const lvl = levels.get(l);
      return formatNumber(counts[l] ?? lvl?.start ?? 1, lvl?.format ?? 'decimal');
    });
    return label.trim() === '' ? null : label.trim();
  }
}

/** A bullet as the importer reads bullets: «-», «+», «–» as typed; any symbol font's glyph as «•». */
function bulletText(text: string): string {
  const t = text.trim();
  return ['-', '+', '–', '•'].includes(t) ? t : '•';
}

function formatNumber(n: number, format: string): string {
  switch (format) {
    case 'lowerLetter':
      return letters(n);
    case 'upperLetter':
      return letters(n).toUpperCase();
    case 'lowerRoman':
      return roman(n).toLowerCase();
    case 'upperRoman':
      return roman(n);
    case 'decimalZero':
      return String(n).padStart(2, '0');
    default:
      return String(n);
  }
}

/** a, b, … z, aa, bb (Word's way: the letter repeats). */
function letters(n: number): string {
  const k = Math.max(1, n);
  return String.fromCharCode(97 + ((k - 1) % 26)).repeat(Math.floor((k - 1) / 26) + 1);
}

function roman(n: number): string {
  const table: Array<[number, string]> = [
    [1000, 'M'],
    [900, 'CM'],
    [500, 'D'],
    [400, 'CD'],
    [100, 'C'],
    [90, 'XC'],
    [50, 'L'],
    [40, 'XL'],
    [10, 'X'],
    [9, 'IX'],
    [5, 'V'],
    [4, 'IV'],
    [1, 'I'],
  ];
  let rest = Math.max(1, n);
  let out = '';
  for (const [value, symbol] of table) {
    while (rest >= value) {
      out += symbol;
      rest -= value;
    }
  }
  return out;
}
