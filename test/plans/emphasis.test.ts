import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ParaBlock } from '../../src/plans/document.js';
import { readDocument } from '../../src/plans/read.js';
import { textToBlocks } from '../../src/plans/text-blocks.js';
import { FIXTURES_DIR } from './helpers.js';

/**
 * The document model keeps a paragraph's bold and italic runs (ParaBlock.spans), whatever the
 * plan came as: a web page converted to markdown, Word, or a PDF whose fonts say it.
 */
const HUE = join(FIXTURES_DIR, 'new-writers-7', 'hue-52-2026-le-hoi-mua-xuan-binh-ngo');
const DANANG = join(FIXTURES_DIR, 'new-writers-7', 'danang-118-2026-khu-thuong-mai-tu-do');

const paras = async (path: string): Promise<ParaBlock[]> =>
  (await readDocument(path)).blocks.filter((b): b is ParaBlock => b.type === 'para');

const opening = (ps: ParaBlock[], start: string): ParaBlock => {
  const found = ps.find((p) => p.text.startsWith(start));
  if (!found) throw new Error(`no paragraph opens with «${start}»`);
  return found;
};

describe('bold and italic runs, the same in .md, .docx and .pdf', () => {
  for (const ext of ['md', 'docx', 'pdf']) {
    it(`reads them from the ${ext} rendition of a festival plan`, async () => {
      const ps = await paras(`${HUE}.${ext}`);
      // A bold heading run in with its duty: only the agency is bold.
      const tourism = opening(ps, '3. Sở Du lịch:');
      expect(tourism.spans).toEqual([{ text: '3. Sở Du lịch:', bold: true }]);
      expect(tourism.boldLead).toBe('Sở Du lịch');
      expect(tourism.strong).toBeUndefined();
      // A title bold from end to end.
      expect(opening(ps, 'III. PHÂN CÔNG NHIỆM VỤ').strong).toBe(true);
      // An italic note over two lines of the PDF is one italic run, and the paragraph is italic.
      const note = opening(ps, '(Thời gian theo âm lịch');
      expect(note.italic).toBe(true);
      expect(note.spans).toHaveLength(1);
      expect(note.spans?.[0]).toMatchObject({ italic: true, text: note.text });
    });

    it(`ends a bold name where its bold ends in the ${ext} rendition («bold-name»)`, async () => {
      const ps = await paras(`${DANANG}.${ext}`);
      const associations = opening(ps, '7. Đề nghị Hiệp hội Doanh nghiệp');
      expect(associations.boldLead).toBe('Đề nghị Hiệp hội Doanh nghiệp thành phố, Hiệp hội Logistics Đà Nẵng');
    });
  }
});

describe('emphasis marks in a text page', () => {
  const only = (md: string): ParaBlock => {
    const [para] = textToBlocks(md).filter((b): b is ParaBlock => b.type === 'para');
    if (!para) throw new Error('no paragraph');
    return para;
  };

  it('keeps every bold and italic run in reading order, without marks', () => {
    const para = only('**Sở Y tế** chủ trì, báo cáo **trước ngày 15/12/2026** *(nếu có)*; ***lưu ý***.');
    expect(para.text).toBe('Sở Y tế chủ trì, báo cáo trước ngày 15/12/2026 (nếu có); lưu ý.');
    expect(para.spans).toEqual([
      { text: 'Sở Y tế', bold: true },
      { text: 'trước ngày 15/12/2026', bold: true },
      { text: '(nếu có)', italic: true },
      { text: 'lưu ý', bold: true, italic: true },
    ]);
    expect(para.strong).toBeUndefined();
    expect(para.italic).toBeUndefined();
  });

  it('takes a line that opens and ends in bold for a title only when every letter is bold', () => {
    expect(only('**Điều 1.** Ban hành kèm theo Quyết định này **Kế hoạch** triển khai').strong).toBeUndefined();
    expect(only('**1.** **Sở Tài chính**').strong).toBe(true);
    // A converter leaves a space inside the closing mark.
    expect(only('**II. NHIỆM VỤ **').strong).toBe(true);
  });

  it('reads italic in underscores, as turndown writes it', () => {
    const para = only('_(Kèm theo Kế hoạch số 12/KH-UBND)_');
    expect(para.text).toBe('(Kèm theo Kế hoạch số 12/KH-UBND)');
    expect(para.italic).toBe(true);
    expect(only('Tệp ten_tep_moi.docx gửi kèm').spans).toBeUndefined();
  });

  it('reads no mark in a lone star or a star against a figure', () => {
    expect(only('\\*').spans).toBeUndefined();
    expect(only('Chỉ tiêu 5* và 6* của Nghị quyết').spans).toBeUndefined();
  });

  it('marks a whole italic line as italic («*(Kèm theo Kế hoạch số …)*»)', () => {
    const para = only('*(Kèm theo Kế hoạch số 298/KH-UBND ngày 02/12/2025 của UBND thành phố Cần Thơ)*');
    expect(para.italic).toBe(true);
    expect(para.strong).toBeUndefined();
  });
});
