import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { AlignmentType, Document, LevelFormat, Packer, Paragraph, TextRun } from 'docx';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import type { ParaBlock } from '../../src/plans/document.js';
import { type ExtractedPlan, readPlanFile } from '../../src/plans/extract.js';
import { readDocument } from '../../src/plans/read.js';
import { withWordLists } from '../support/word-lists.js';
import { FIXTURES_DIR, writeTemp } from './helpers.js';

// An office that numbers with Word's list buttons: «1.», «a)», «-» live in numbering.xml, not in
// the text. The importer writes them out as the page shows them (docx-numbering.ts), so the plan
// reads the same as one whose numbers were typed.

const tasksOf = (plan: ExtractedPlan): string[] =>
  plan.tasks.map((t) => `${t.kind} | ${t.lead.join('; ')} | ${t.deadline ?? ''} | ${t.content.slice(0, 50)}`);

const titles = async (path: string): Promise<string[]> =>
  (await readDocument(path)).blocks.flatMap((b) => (b.type === 'para' && b.strong ? [b.text] : []));

const PLANS = [
  'real/tphcm-172-2025-luat-viec-lam',
  'real/dongthap-552-2025-doi-moi-cong-nghe-nganh-mui-nhon',
  'new-writers-3/daklak-45-2026-phong-chong-benh-dai',
  'new-writers-7/hue-52-2026-le-hoi-mua-xuan-binh-ngo',
  'new-writers-9/lamdong-18-2026-ho-tich-chung-thuc',
];

describe('the same Word plan numbered with Word’s own lists', () => {
  for (const plan of PLANS) {
    it(`gives the same tasks: ${plan}`, async () => {
      const source = join(FIXTURES_DIR, `${plan}.docx`);
      const listed = await withWordLists(readFileSync(source));
      // The rewriting did move the typed numbers into Word's lists.
      const xml = (await (await JSZip.loadAsync(listed)).file('word/document.xml')?.async('string')) ?? '';
      expect(xml.match(/<w:numPr>/g)?.length ?? 0).toBeGreaterThan(5);
      const copy = writeTemp(`${plan.split('/')[1]}.docx`, listed);
      const original = tasksOf(await readPlanFile(source));
      const rewritten = tasksOf(await readPlanFile(copy));
      expect(original.length).toBeGreaterThan(5);
      expect(rewritten).toEqual(original);
      // Its titles are still titles: the number is set in the title's own bold.
      expect(await titles(copy)).toEqual(await titles(source));
    });
  }
});

describe('labels of Word’s lists, written as the page shows them', () => {
  it('counts each level, restarts the levels under one that moves on, and shows bullets as typed', async () => {
    const levels = [
      { level: 0, format: LevelFormat.UPPER_ROMAN, text: '%1.' },
      { level: 1, format: LevelFormat.DECIMAL, text: '%2.' },
      { level: 2, format: LevelFormat.LOWER_LETTER, text: '%3)' },
      { level: 3, format: LevelFormat.BULLET, text: '-' },
      { level: 4, format: LevelFormat.BULLET, text: '\uF0B7' },
    ].map((l) => ({ ...l, alignment: AlignmentType.LEFT }));
    const item = (text: string, level: number): Paragraph =>
      new Paragraph({ children: [new TextRun({ text, bold: level === 0 })], numbering: { reference: 'plan', level } });
    const doc = new Document({
      numbering: { config: [{ reference: 'plan', levels }] },
      sections: [
        {
          children: [
            item('NHIỆM VỤ', 0),
            item('Sở Y tế:', 1),
            item('Tiêm chủng', 2),
            item('Truyền thông', 2),
            item('Sở Tài chính:', 1),
            item('Bố trí kinh phí', 2),
            item('trong Quý I', 3),
            item('theo dự toán', 4),
            item('TỔ CHỨC THỰC HIỆN', 0),
            item('Sở Nội vụ:', 1),
          ],
        },
      ],
    });
    const path = writeTemp('word-lists.docx', await Packer.toBuffer(doc));
    const paras = (await readDocument(path)).blocks.filter((b): b is ParaBlock => b.type === 'para');
    const texts = paras.map((b) => b.text);
    // The number is set in the paragraph's own type: a bold title with its number stays a title.
    expect(paras.filter((b) => b.strong).map((b) => b.text)).toEqual(['I. NHIỆM VỤ', 'II. TỔ CHỨC THỰC HIỆN']);
    expect(texts).toEqual([
      'I. NHIỆM VỤ',
      '1. Sở Y tế:',
      'a) Tiêm chủng',
      'b) Truyền thông',
      '2. Sở Tài chính:',
      'a) Bố trí kinh phí',
      '- trong Quý I',
      // A symbol font's bullet glyph is a bullet.
      '• theo dự toán',
      'II. TỔ CHỨC THỰC HIỆN',
      '1. Sở Nội vụ:',
    ]);
  });
});
