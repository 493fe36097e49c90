import { describe, expect, it } from 'vitest';
import { readPlanFile } from '../../src/plans/extract.js';
import { writeTemp } from './helpers.js';

// A Công điện: urgent, dated to the hour, numbered paragraphs that open with the body.

const TEXT =
  'ỦY BAN NHÂN DÂN\nTỈNH LAI CHÂU\n\nSố: 03/CĐ-UBND\n\nLai Châu, ngày 13 tháng 01 năm 2026\n\nCÔNG ĐIỆN\n\n' +
  'Về việc chủ động ứng phó với rét đậm, rét hại\n\n' +
  'CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH điện:\n\n- Giám đốc các sở, ban, ngành tỉnh;\n- Chủ tịch Ủy ban nhân dân các xã, phường.\n\n' +
  'Để chủ động ứng phó, Chủ tịch Ủy ban nhân dân tỉnh yêu cầu:\n\n' +
  '1. **Sở Y tế:** Rà soát, cấp phát chăn ấm cho hộ nghèo, người cao tuổi; hoàn thành việc cấp phát trước 17 giờ 00 ngày 16/01/2026.\n\n' +
  '2. **Sở Xây dựng:** Chỉ đạo cắm biển cảnh báo, rải cát chống trơn trượt trên Quốc lộ 4D.\n\n' +
  'Thời gian thực hiện: ngay trong ngày 14/01/2026.\n\n' +
  '3. **Sở Văn hóa, Thể thao và Du lịch:** Mở cửa miễn phí các điểm di tích từ mùng 1 đến hết mùng 3 Tết Bính Ngọ.\n';

describe('a Công điện', () => {
  it('reads the hour-dated day, «ngay trong ngày …» (at once, within the day) and a span of Tết days', async () => {
    const plan = await readPlanFile(writeTemp('cong-dien.md', TEXT));
    expect(plan.tasks.map((t) => [t.lead.join('; '), t.deadline])).toEqual([
      ['Sở Y tế', '2026-01-16'],
      ['Sở Xây dựng', '2026-01-14'],
      ['Sở Văn hóa, Thể thao và Du lịch', '2026-02-19'],
    ]);
  });

  it('a time line dates the item right above it, never one across a heading; a heading’s dash item stays its own', async () => {
    const text =
      'ỦY BAN NHÂN DÂN\nTỈNH LAI CHÂU\n\nSố: 04/CĐ-UBND\n\nLai Châu, ngày 13 tháng 01 năm 2026\n\nCÔNG ĐIỆN\n\nVề việc ứng phó rét hại\n\n' +
      'Chủ tịch Ủy ban nhân dân tỉnh yêu cầu:\n\n' +
      '1. **Sở Y tế:** Chỉ đạo các cơ sở khám bệnh bố trí giường bệnh, thuốc, sẵn sàng cấp cứu người bệnh.\n\n' +
      '**II. CÔNG TÁC KHẮC PHỤC HẬU QUẢ**\n\n' +
      'Thời gian thực hiện: trước ngày 30/01/2026.\n\n' +
      '2. **Sở Xây dựng:** Chỉ đạo rải cát chống trơn trượt trên Quốc lộ 4D đoạn qua đèo Ô Quy Hồ.\n';
    const plan = await readPlanFile(writeTemp('cong-dien-2.md', text));
    expect(plan.tasks.find((t) => t.lead.includes('Sở Y tế'))?.deadline ?? null).toBeNull();
  });
});
