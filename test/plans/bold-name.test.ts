import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readPlanFile } from '../../src/plans/extract.js';
import type { ParaBlock } from '../../src/plans/document.js';
import { textToBlocks } from '../../src/plans/text-blocks.js';
import { FIXTURES_DIR, writeTemp } from './helpers.js';

// Rule «bold-name»: the bold run a paragraph opens with is where a body's name ends, whatever verb
// follows it; the document model keeps that run (ParaBlock.boldLead).

const HEAD =
  'ỦY BAN NHÂN DÂN\nTHÀNH PHỐ ĐÀ NẴNG\n\nSố: 118/KH-UBND\n\nĐà Nẵng, ngày 20 tháng 3 năm 2026\n\nKẾ HOẠCH\n\n' +
  'Triển khai Khu thương mại tự do\n\nIV. TỔ CHỨC THỰC HIỆN\n\n';

describe('a paragraph that opens with its body in bold', () => {
  it('keeps the bold run in the document model, not a bold title', () => {
    const blocks = textToBlocks(
      '**7\\. Đề nghị Hiệp hội Logistics Đà Nẵng** giới thiệu nhà đầu tư.\n\n**Chỉ một tiêu đề**\n',
    );
    const [first, second] = blocks as ParaBlock[];
    expect(first?.boldLead).toBe('Đề nghị Hiệp hội Logistics Đà Nẵng');
    expect(first?.strong).toBeUndefined();
    expect(second?.strong).toBe(true);
    expect(second?.boldLead).toBeUndefined();
  });

  it('ends the name at the bold run though the verb after it is unknown', async () => {
    const text =
      HEAD +
      '1\\. **Sở Tài chính** tham mưu bố trí vốn đầu tư công cho các dự án hạ tầng.\n\n' +
      '2\\. **Đề nghị Hiệp hội Doanh nghiệp thành phố, Hiệp hội Logistics Đà Nẵng** giới thiệu nhà đầu tư, đối tác; phản ánh kịp thời khó khăn của doanh nghiệp.\n\n' +
      // The list goes on past the bold run: read the usual way.
      '3\\. **Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam thành phố** và các tổ chức chính trị - xã hội vận động đoàn viên, hội viên tham gia.\n';
    const plan = await readPlanFile(writeTemp('in-dam.md', text));
    expect(plan.tasks.map((t) => [t.kind, t.lead])).toEqual([
      ['task', ['Sở Tài chính']],
      ['request', ['Hiệp hội Doanh nghiệp thành phố', 'Hiệp hội Logistics Đà Nẵng']],
      ['request', ['Ủy ban Mặt trận Tổ quốc Việt Nam thành phố', 'các tổ chức chính trị - xã hội']],
    ]);
  });

  it('reads the bold run of a Word file too', async () => {
    const plan = await readPlanFile(join(FIXTURES_DIR, 'new-writers-7', 'danang-118-2026-khu-thuong-mai-tu-do.docx'));
    const request = plan.tasks.find((t) => t.kind === 'request' && t.lead.includes('Hiệp hội Logistics Đà Nẵng'));
    expect(request?.lead).toEqual(['Hiệp hội Doanh nghiệp thành phố', 'Hiệp hội Logistics Đà Nẵng']);
  });
});
