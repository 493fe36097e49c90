import { type Element, isTag, isText } from 'domhandler';
import { findAll, findOne } from 'domutils';
import { parseDocument } from 'htmlparser2';
import JSZip from 'jszip';

/**
 * The same Word file, its typed numbers («1. », «a) », «- », «+ », «II. ») made into Word's own
 * lists, as an office that numbers with Word's list buttons would have it: the label leaves the
 * text and lives in numbering.xml. For the same-plan tests of the .docx reader.
 */
const LISTS: Array<{ id: number; mark: RegExp; format: string; text: string }> = [
  { id: 901, mark: /^([IVX]{1,5})\.\s+/, format: 'upperRoman', text: '%1.' },
  { id: 902, mark: /^(\d{1,2})\.\s+/, format: 'decimal', text: '%1.' },
  { id: 903, mark: /^([a-zđ])\)\s+/, format: 'lowerLetter', text: '%1)' },
  { id: 904, mark: /^-\s+/, format: 'bullet', text: '-' },
  { id: 905, mark: /^\+\s+/, format: 'bullet', text: '+' },
];

const XML = { xmlMode: true, withStartIndices: true, withEndIndices: true } as const;

export async function withWordLists(docx: Buffer): Promise<Buffer> {
  const zip = await JSZip.loadAsync(docx);
  const xml = (await zip.file('word/document.xml')?.async('string')) ?? '';
  const doc = parseDocument(xml, XML);
  const edits: Array<{ at: number; cut: number; insert: string }> = [];
  const counts = new Map<number, number>();
  // Each restart of a numbered list is a new list instance (w:num) of the same definition.
  const instances = new Map<number, number>();
  const starts = new Map<number, number>();
  for (const p of findAll((e) => e.name === 'w:p', doc.children)) {
    // Paragraphs inside tables keep their typed text: Word's lists are for the body.
    if (insideTable(p)) continue;
    const first = findOne((e) => e.name === 'w:t', p.children);
    const node = first?.children.find(isText);
    if (!first || !node) continue;
    const list = LISTS.find((l) => l.mark.test(node.data));
    const m = list ? node.data.match(list.mark) : null;
    if (!list || !m) continue;
    // A list goes on counting while the typed numbers follow; any other number starts a new list
    // instance at that number (w:startOverride), so Word shows what the plan typed.
    const typed = valueOf(m[1] ?? '', list.format);
    const next = (counts.get(list.id) ?? 0) + 1;
    counts.set(list.id, typed);
    if (list.format !== 'bullet' && (typed !== next || !instances.has(list.id))) {
      instances.set(list.id, (instances.get(list.id) ?? 0) + 1);
      starts.set(list.id * 100 + (instances.get(list.id) ?? 1), typed);
    }
    const numId = list.format === 'bullet' ? list.id : list.id * 100 + (instances.get(list.id) ?? 0);
    const numPr = `<w:numPr><w:ilvl w:val="0"/><w:numId w:val="${numId}"/></w:numPr>`;
    const pPr = findOne((e) => e.name === 'w:pPr', p.children.filter(isTag), false);
    const textStart = xml.indexOf('>', first.startIndex ?? 0) + 1;
    edits.push({ at: textStart, cut: m[0].length, insert: '' });
    if (pPr) edits.push({ at: xml.indexOf('>', pPr.startIndex ?? 0) + 1, cut: 0, insert: numPr });
    else edits.push({ at: xml.indexOf('>', p.startIndex ?? 0) + 1, cut: 0, insert: `<w:pPr>${numPr}</w:pPr>` });
  }
  let out = xml;
  for (const e of edits.sort((a, b) => b.at - a.at)) out = out.slice(0, e.at) + e.insert + out.slice(e.at + e.cut);
  zip.file('word/document.xml', out);
  zip.file('word/numbering.xml', numberingXml(starts));
  return zip.generateAsync({ type: 'nodebuffer' });
}

function insideTable(el: Element): boolean {
  for (let p = el.parent; p; p = p.parent) if (isTag(p) && p.name === 'w:tc') return true;
  return false;
}

function numberingXml(starts: Map<number, number>): string {
  const abstracts = LISTS.map(
    (l) =>
      `<w:abstractNum w:abstractNumId="${l.id}"><w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="${l.format}"/><w:lvlText w:val="${l.text}"/></w:lvl></w:abstractNum>`,
  ).join('');
  const nums = [
    ...LISTS.filter((l) => l.format === 'bullet').map(
      (l) => `<w:num w:numId="${l.id}"><w:abstractNumId w:val="${l.id}"/></w:num>`,
    ),
    ...[...starts].map(
      ([numId, start]) =>
        `<w:num w:numId="${numId}"><w:abstractNumId w:val="${Math.floor(numId / 100)}"/><w:lvlOverride w:ilvl="0"><w:startOverride w:val="${start}"/></w:lvlOverride></w:num>`,
    ),
  ];
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:numbering xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">${abstracts}${nums.join('')}</w:numbering>`;
}

/** The number a typed label stands for: «IV» 4, «12» 12, «c» 3. */
function valueOf(label: string, format: string): number {
  if (format === 'decimal') return Number(label);
  if (format === 'lowerLetter') return 'abcdefghijklmnopqrstuvwxyz'.indexOf(label.replace('đ', 'e')) + 1;
  if (format === 'upperRoman') {
    const value: Record<string, number> = { I: 1, V: 5, X: 10 };
    return [...label].reduce((sum, ch, k) => {
      const v = value[ch] ?? 0;
      const after = value[label[k + 1] ?? ''] ?? 0;
      return sum + (v < after ? -v : v);
    }, 0);
  }
  return 0;
}
