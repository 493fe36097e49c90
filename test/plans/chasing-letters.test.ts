import { describe, expect, it } from 'vitest';
import { readPlanFile } from '../../src/plans/extract.js';
import { writeTemp } from './helpers.js';

// A ward's letter chasing the tasks its chairman gave, as copied out of a PDF viewer: its head,
// its addressees with their short names, and a tracking table where some rows are done and late
// ones get a new deadline. Habits met in writer 19's development set.

const HEAD = [
  'ỦY BAN NHÂN DÂN                               CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
  'PHƯỜNG BẾN TRE                                Độc lập - Tự do - Hạnh phúc',
  '',
  'Số: 215/UBND-VP                               Bến Tre, ngày 08 tháng 5 năm 2026',
  'V/v đôn đốc thực hiện nhiệm vụ Chủ tịch UBND phường giao tại các Thông báo kết luận quý I/2026',
  'Kính gửi:',
  '- Phòng Kinh tế, Hạ tầng và Đô thị (Phòng KT, HT&ĐT);',
  '- Trung tâm Phục vụ hành chính công phường (Trung tâm PVHCC);',
  '- Công an phường.',
  'Chủ tịch Ủy ban nhân dân phường yêu cầu các bộ phận hoàn thành các nhiệm vụ tại Phụ lục kèm theo.',
  '',
  'PHỤ LỤC',
  '',
].join('\n');

const TABLE = [
  'TT\tNội dung nhiệm vụ\tBộ phận chủ trì\tBộ phận phối hợp\tThời hạn giao\tTình trạng (đến ngày 30/4/2026)\tĐề nghị',
  '1\tRà soát, lập danh sách hộ kinh doanh lấn chiếm vỉa hè tuyến đường Hùng Vương\tPhòng KT, HT&ĐT\tCông an phường\t28/02/2026\tĐã hoàn thành (Báo cáo số 21/BC-KTHTĐT ngày 26/02/2026)\t-',
  '2\tHoàn thành số hóa hồ sơ thủ tục hành chính tồn đọng năm 2025\tTrung tâm PVHCC\tCông an phường\t31/3/2026\tQuá hạn (đạt 78%)\tHoàn thành trước ngày 31/5/2026',
  '3\tRà soát hộ nghèo, hộ cận nghèo phát sinh giữa kỳ năm 2026\tPhòng KT, HT&ĐT\t\t30/6/2026\tĐang thực hiện\tHoàn thành đúng thời hạn',
  '4\tKiểm tra an toàn thực phẩm tại các bếp ăn tập thể trường học\tCông an phường\t\t30/4/2026\tHoàn thành\t-',
  '5\tCập nhật, làm sạch dữ liệu dân cư phục vụ Đề án 06\tCông an phường\t\tThường xuyên\tChưa hoàn thành\tThường xuyên',
].join('\n');

describe('a chasing letter copied out of a PDF viewer', () => {
  it('reads its head line by line: number, date, subject, and the ward that wrote it (rules «head-lines», «local-issuer»)', async () => {
    const plan = await readPlanFile(writeTemp('don-doc.md', `${HEAD}${TABLE}\n`));
    expect(plan.plan).toMatchObject({
      number: '215/UBND-VP',
      date: '2026-05-08',
      issuer: 'UBND phường Bến Tre',
      title: 'Đôn đốc thực hiện nhiệm vụ Chủ tịch UBND phường giao tại các Thông báo kết luận quý I/2026',
    });
  });

  it('leaves out the rows done, and gives late rows their new deadline (rules «done-row», «renewed-deadline»)', async () => {
    const plan = await readPlanFile(writeTemp('don-doc-2.md', `${HEAD}${TABLE}\n`));
    expect(plan.tasks.map((t) => [t.content.slice(0, 30), t.deadline])).toEqual([
      ['Hoàn thành số hóa hồ sơ thủ tụ', '2026-05-31'],
      // «Hoàn thành đúng thời hạn» sets no new day: the first one stands.
      ['Rà soát hộ nghèo, hộ cận nghèo', '2026-06-30'],
      ['Cập nhật, làm sạch dữ liệu dân', null],
    ]);
    expect(plan.problems.join('\n')).toContain('Bỏ qua 2 dòng bảng đã ghi «đã hoàn thành»');
  });

  it('names the addressees in full where the letter defined their short names («Phòng KT, HT&ĐT», «Trung tâm PVHCC»)', async () => {
    const plan = await readPlanFile(writeTemp('don-doc-3.md', `${HEAD}${TABLE}\n`));
    expect(plan.tasks.map((t) => t.lead[0])).toEqual([
      'Trung tâm Phục vụ hành chính công phường',
      'Phòng Kinh tế, Hạ tầng và Đô thị',
      'Công an phường',
    ]);
  });
});

describe('rule «local-issuer»: only a commune, ward or special zone under «ỦY BAN NHÂN DÂN»', () => {
  it('keeps the province for a province’s plan, whose head says «CỘNG HÒA XÃ HỘI …» beside it', async () => {
    const text =
      'ỦY BAN NHÂN DÂN     CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nTỈNH LẠNG SƠN     Độc lập - Tự do - Hạnh phúc\n\n' +
      'Số: 41/KH-UBND     Lạng Sơn, ngày 10 tháng 3 năm 2026\n\nKẾ HOẠCH\n\nPhát triển thể dục thể thao quần chúng\n';
    const plan = await readPlanFile(writeTemp('tinh.md', text));
    expect(plan.plan.issuer).toBe('UBND tỉnh Lạng Sơn');
  });
});

describe('rule «department-issuer»: a Sở’s notice is the Sở’s', () => {
  it('names the Sở under the province’s head, its name wrapped over two lines', async () => {
    const text =
      'UBND TỈNH NGHỆ AN                    CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n' +
      'SỞ NÔNG NGHIỆP                       Độc lập - Tự do - Hạnh phúc\n' +
      'VÀ MÔI TRƯỜNG\n' +
      'Số: 1184/TB-SNNMT                    Nghệ An, ngày 22 tháng 4 năm 2026\n' +
      'THÔNG BÁO\n' +
      'Kết quả kiểm tra công tác bảo đảm an toàn đập, hồ chứa nước năm 2026\n';
    const plan = await readPlanFile(writeTemp('so.md', text));
    expect(plan.plan.issuer).toBe('Sở Nông nghiệp và Môi trường tỉnh Nghệ An');
  });
});
