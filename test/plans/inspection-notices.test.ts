import { describe, expect, it } from 'vitest';
import { readPlanFile } from '../../src/plans/extract.js';
import { writeTemp } from './helpers.js';

// A Sở's Thông báo kết quả kiểm tra, as copied out of a PDF viewer: the findings, then what it
// requires of whom («1. Yêu cầu Công ty …:», «2. Đề nghị UBND các xã …:», «3. Giao Chi cục …:»).
// Habits met in writer 19's development set.

const NOTICE = [
  'SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG          CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
  'TỈNH NGHỆ AN                           Độc lập - Tự do - Hạnh phúc',
  'Số: 1184/TB-SNNMT                      Nghệ An, ngày 22 tháng 4 năm 2026',
  'THÔNG BÁO',
  'Kết quả kiểm tra công tác bảo đảm an toàn đập, hồ chứa nước năm 2026',
  'I. KẾT QUẢ KIỂM TRA',
  'Đoàn kiểm tra đã kiểm tra thực tế tại 14 hồ chứa nước trên địa bàn 09 xã; các hồ chứa',
  'cơ bản bảo đảm an toàn, một số hồ còn tồn tại cần khắc phục trước mùa mưa lũ.',
  '2',
  'SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG NGHỆ AN',
  'II. YÊU CẦU VÀ ĐỀ NGHỊ',
  '1. Yêu cầu Công ty TNHH một thành viên Thủy lợi Tây Bắc Nghệ An:',
  'a) Nạo vét cửa vào cống lấy nước hồ Khe Sân, sửa chữa máy đóng mở cống số 2, hoàn thành',
  'trước ngày 31/5/2026.',
  'b) Hoàn chỉnh hồ sơ điều chỉnh quy trình vận hành hồ chứa nước Bản Mòng, trình cấp có',
  'thẩm quyền phê duyệt trong tháng 6/2026.',
  '2. Đề nghị Ủy ban nhân dân các xã Quỳnh Văn, Tân Kỳ:',
  'a) Chỉ đạo phát quang cây bụi, gia cố tạm các vị trí sạt trượt trên mái đập hồ Khe Lau.',
  '3. Giao Chi cục Thủy lợi:',
  '- Tổ chức kiểm tra lại việc khắc phục tồn tại tại 06 hồ chứa, hoàn thành trong tháng 8/2026.',
  '3',
  'SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG NGHỆ AN',
  'Sở Nông nghiệp và Môi trường thông báo để các đơn vị biết, thực hiện./.',
  'Nơi nhận:                                     KT. GIÁM ĐỐC',
  '- Như Mục II;                                 PHÓ GIÁM ĐỐC',
].join('\n');

describe('rule «addressed-heading»: «Yêu cầu X:», «Đề nghị X:», «Giao X:» hand their items to X', () => {
  it('reads the notice’s demands, requests and assignments, each with its body', async () => {
    const plan = await readPlanFile(writeTemp('thong-bao.md', NOTICE));
    expect(plan.tasks.map((t) => [t.kind, t.lead[0], t.deadline])).toEqual([
      ['task', 'Công ty TNHH một thành viên Thủy lợi Tây Bắc Nghệ An', '2026-05-31'],
      ['task', 'Công ty TNHH một thành viên Thủy lợi Tây Bắc Nghệ An', '2026-06-30'],
      ['request', 'Ủy ban nhân dân các xã Quỳnh Văn, Tân Kỳ', null],
      ['task', 'Chi cục Thủy lợi', '2026-08-31'],
    ]);
  });
});

describe('rule «running-head»: a page’s running head under its number is not the document’s', () => {
  it('makes no duty of the Sở’s name printed on top of every page', async () => {
    const plan = await readPlanFile(writeTemp('thong-bao-2.md', NOTICE));
    expect(plan.tasks.map((t) => t.content)).not.toContain('SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG NGHỆ AN');
    expect(plan.tasks.every((t) => !t.content.includes('NGHỆ AN'))).toBe(true);
  });

  it('keeps a line that follows a page number only once (a heading after a page break)', async () => {
    const once = NOTICE.replace('3\nSỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG NGHỆ AN\n', '3\n');
    const plan = await readPlanFile(
      writeTemp('thong-bao-3.md', once.replace('2\nSỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG NGHỆ AN', '2\nII. YÊU CẦU')),
    );
    expect(plan.tasks.length).toBeGreaterThan(0);
  });
});

describe('rule «role-sentence»: «X là đầu mối …», «X là cơ quan thường trực …» keep their subject', () => {
  it('makes the whole sentence the duty, its body the lead', async () => {
    const text =
      'ỦY BAN NHÂN DÂN\nPHƯỜNG VIỆT HƯNG\n\nSố: 19/KH-UBND\n\nViệt Hưng, ngày 05 tháng 02 năm 2026\n\nKẾ HOẠCH\n\nKhắc phục tồn tại theo Kết luận thanh tra\n\n' +
      'III. TỔ CHỨC THỰC HIỆN\n\n' +
      '1. Phòng Kinh tế, Hạ tầng và Đô thị là đầu mối giúp UBND phường theo dõi, đôn đốc thực hiện Kế hoạch.\n\n' +
      '2. Văn phòng HĐND và UBND phường là cơ quan thường trực, có trách nhiệm bố trí kinh phí phục vụ cưỡng chế.\n\n' +
      '3. Công an phường bảo đảm an ninh, trật tự khi tổ chức cưỡng chế.\n';
    const plan = await readPlanFile(writeTemp('vai-tro.md', text));
    expect(plan.tasks.map((t) => [t.lead[0], t.content.startsWith(t.lead[0] ?? '-')])).toEqual([
      ['Phòng Kinh tế, Hạ tầng và Đô thị', true],
      ['Văn phòng HĐND và UBND phường', true],
      // A plain duty still reads without its subject.
      ['Công an phường', false],
    ]);
  });
});
