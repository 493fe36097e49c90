import { describe, expect, it } from 'vitest';
import { COMMANDS } from '#commands/index.js';
import { slashIntents } from '#src/conversation/engine.js';
import { fixedClock } from '#src/domain/clock.js';
import { createAgencyLookup } from '#src/domain/agencies/index.js';
import { withoutNegated } from '#src/understanding/negation.js';
import { normalizeMessage } from '#src/understanding/normalize.js';
import { findPeriod } from '#src/understanding/period.js';
import { findStatus } from '#src/understanding/status-words.js';
import { findTaskRef } from '#src/understanding/task-ref.js';
import { fixTypos } from '#src/understanding/typos.js';
import { understandMessage } from '#src/understanding/understand.js';
import { DEV_PARTS, evaluate, loadMessages } from '../support/understanding-bench.js';

// Wednesday 12 June 2024, 09:00 in Hà Nội time: the instant the labelled messages assume.
const clock = fixedClock('2024-06-12T09:00:00');
const deps = { agencies: createAgencyLookup([]), now: () => clock.now(), slash: slashIntents(COMMANDS) };
const understand = (text: string) => understandMessage(text, deps);

describe('status updates', () => {
  it.each([
    ['TN60-05 xong', 'TN60-05', 'done', null],
    ['/capnhat TN60-05 hoàn thành', 'TN60-05', 'done', null],
    ['05 đang làm 60% đã trình dự thảo', '05', 'in_progress', 60],
    ['nv5 vướng vì chưa có kinh phí', '5', 'blocked', null],
    ['tn60 05 dang trien khai 30%', 'TN60-05', 'in_progress', 30],
    ['gl24-06 100%', 'GL24-06', 'done', 100],
    ['CB23-10 chưa triển khai ạ', 'CB23-10', 'not_started', null],
    ['TN60-08 đạt 75%, dự kiến hoàn thành trong tháng 6', 'TN60-08', 'in_progress', 75],
    ['tn60-86 chu7a la2m', 'TN60-86', 'not_started', null],
    ['tn60-79xog', 'TN60-79', 'done', null],
    ['ntm24-11 dang lam nhung vuong giai phong mat bang', 'NTM24-11', 'blocked', null],
    ['TN60-73 đã đăng tải lên Cổng TTĐT tỉnh, xong ạ', 'TN60-73', 'done', null],
    ['Hội Phụ nữ báo tiến độ CB23-47: tám mươi lăm phần trăm ạ', 'CB23-47', 'in_progress', 85],
    ['TN60-05 xongggg rồi ạ 🎉', 'TN60-05', 'done', null],
    ['CB23.08 vướng kinh phí, chưa làm tiếp được', 'CB23-08', 'blocked', null],
    ['tn 60 - 93 dang lam', 'TN60-93', 'in_progress', null],
    ['GL24-09 bot ghi đang vướng là sai rồi, bên em vẫn làm bình thường, được 70%', 'GL24-09', 'in_progress', 70],
    ['TN60-33 không phải chưa làm đâu, bên em làm được một nửa rồi', 'TN60-33', 'in_progress', null],
    [
      'GL24-40 em báo lại cho đúng: không phải hoàn thành mà là đang hoàn thiện dự thảo',
      'GL24-40',
      'in_progress',
      null,
    ],
    ['Hôm trước báo TN60-118 đang vướng, nay đã gỡ được và hoàn thành nhiệm vụ rồi', 'TN60-118', 'done', null],
    ['Đại Từ báo cáo: NTM24-18 đang đợi tỉnh phân bổ vốn nên chưa triển khai', 'NTM24-18', 'not_started', null],
    ['Dạ GL24-41 bên em đang làm, được tầm 70% ạ, cuối tuần này xong', 'GL24-41', 'in_progress', 70],
    ['TN60-08 bên em chưa triển khai ạ, dự kiến tuần đầu tháng 7 mới bắt đầu', 'TN60-08', 'not_started', null],
    ['TN60-05 xong rồi, dự kiến tuần sau gửi báo cáo', 'TN60-05', 'done', null],
    ['Bên mình vẫn chưa làm CB23-50 bot ạ, đang đợi hướng dẫn từ tỉnh', 'CB23-50', 'not_started', null],
    [
      'UBND huyện Định Hóa xin báo: CB23-60 đã gửi hồ sơ lên Sở Nông nghiệp, đang chờ thẩm định',
      'CB23-60',
      'in_progress',
      null,
    ],
    ['UBND huyện Phú Lương: NTM24-24 tạm dừng thi công do mưa kéo dài', 'NTM24-24', 'blocked', null],
    ['Hôm qua sếp ký rồi, văn bản đã phát hành – em báo việc 22 nhé', '22', 'done', null],
    ['TN60-05 vướng mặt bằng, dự kiến cuối tháng mới xong', 'TN60-05', 'blocked', null],
    ['TN60-05 xong à không, đang làm 80%', 'TN60-05', 'in_progress', 80],
    ['Báo cáo bot: việc CB23-50 đang thực hiện, chậm hơn dự kiến nhưng đạt 65%', 'CB23-50', 'in_progress', 65],
    ['UBND huyện Định Hóa báo cáo nhiệm vụ TN60-21 đã hoàn thành', 'TN60-21', 'done', null],
    [
      'Hội Nông dân tỉnh báo cáo nhiệm vụ CB23-17 đã tổ chức được 5 trên 9 lớp tập huấn',
      'CB23-17',
      'in_progress',
      null,
    ],
    ['Đã tổ chức hội nghị quán triệt cho toàn bộ cán bộ theo nhiệm vụ CB23-33 ạ', 'CB23-33', 'done', null],
    ['TN60-99 còn đang chờ Sở Tài chính thẩm định dự toán, chưa làm tiếp được', 'TN60-99', 'blocked', null],
  ] as const)('"%s" → %s %s %s', (text, taskRef, status, progress) => {
    const parsed = understand(text);
    expect(parsed).toMatchObject({ intent: 'status_update', taskRef, status, progress });
  });

  it('keeps the words after the task as the note', () => {
    expect(understand('TN60-12 xong rồi, đã ban hành KH số 45/KH-STP').note).toBe(
      'xong rồi, đã ban hành KH số 45/KH-STP',
    );
  });

  it.each([
    'cảm ơn sở tư pháp nhé',
    'xong chưa em?',
    'họp xong rồi',
    'TN60-05',
    'ok, TN60-05 để anh xem lại',
    'TN60-05 xong chưa?',
    'TN60-71 đang vướng gì vậy bot',
    'nhiệm vụ NTM24-27 ai đang theo dõi vậy bot',
    'Kính gửi bot, đề nghị cho biết thời hạn hoàn thành và đơn vị phối hợp của nhiệm vụ GL24-53.',
    'dự kiến cuối tháng mới xong GL24-07',
    'nếu mai xong TN60-05 thì em báo luôn nhé',
    'Em thấy bot ghi TN60-66 hoàn thành rồi, vậy là ổn',
    'Lãnh đạo Sở Y tế đề nghị các phòng hoàn thành GL24-25 trước 20/6',
    'anh Hùng báo bot giúp em CB23-08 nhé, em đang họp',
    // Hunting false updates: questions, notices, hearsay, conditions, complaints, summaries, jokes.
    'NTM24-09 vẫn đang vướng à bot',
    'NTM24-14 đã hoàn thành 100% chưa bot',
    'Nhờ anh báo bot hộ em là CB23-26 xong rồi nhé, em đang đi đường',
    'Nhắc lại: GL24-33 phải hoàn thành trước 15/7',
    'Lưu ý: NTM24-21 đã quá hạn 10 ngày, đề nghị khẩn trương hoàn thành',
    'Biên bản họp ghi: TN60-28 cơ bản hoàn thành, còn khâu báo cáo',
    'Khi nào xong TN60-46 em báo anh nhé',
    'Nếu Sở Tài chính cấp vốn thì tháng 7 sẽ làm xong NTM24-09',
    'Xong TN60-11 là em nghỉ phép luôn đấy 😄',
    'TN60-54 mãi chưa xong, nản thật sự',
    'Nghe nói Sở Y tế xong GL24-03 rồi',
    'Em hỏi chị Nga thì chị bảo CB23-09 vẫn đang làm',
    'Tổng hợp tuần: TN60-97 xong, TN60-98 đang làm, TN60-99 vướng vốn',
    'Đề xuất đổi tên CB23-32 thành nhiệm vụ tạm dừng vĩnh viễn haha',
    'Mai em mang hồ sơ NTM24-27 đã nghiệm thu lên huyện nộp nhé chị',
    '/capnhat dung ntn',
  ])('"%s" is never read as an update', (text) => {
    expect(understand(text).intent).not.toBe('status_update');
  });
});

describe('questions', () => {
  it.each([
    ['nhiệm vụ của Sở Tư pháp', 'tasks_of_agency', 'Sở Tư pháp'],
    ['so tu phap co viec gi', 'tasks_of_agency', 'Sở Tư pháp'],
    ['STP', 'tasks_of_agency', 'Sở Tư pháp'],
    ['/nhiemvu stp', 'tasks_of_agency', 'Sở Tư pháp'],
    ['CA tỉnh còn nv nào chưa xong', 'tasks_of_agency', 'Công an tỉnh'],
    ['STP có việc gì trễ hạn không', 'overdue', 'Sở Tư pháp'],
    ['tỷ lệ quá hạn của STP', 'stats', 'Sở Tư pháp'],
    ['/dangky Sở Tư pháp', 'register', 'Sở Tư pháp'],
    ['cho nhóm này theo dõi bản tin', 'subscribe', null],
    ['bot làm được gì', 'help', null],
    ['thời tiết Thái Nguyên hôm nay thế nào', 'unknown', null],
    ['cb23-31 xong chưa hả bot', 'task_detail', null],
    ['tuan sau nua ben ca tinh co han gi ko', 'due_soon', 'Công an tỉnh'],
    ['cả tỉnh có việc nào quá hạn không', 'overdue', null],
    ['viec qua han phu luong', 'overdue', 'UBND huyện Phú Lương'],
    ['dang ky dau moi huyen vo nhai', 'register', 'UBND huyện Võ Nhai'],
    ['ai có số điện thoại đầu mối bên Sở Xây dựng không ạ', 'unknown', null],
    ['% hoan thanh toan tinh', 'stats', null],
    ['Kính đề nghị bot thống kê giúp các nhiệm vụ đến hạn trong tuần tới của Sở Y tế.', 'due_soon', 'Sở Y tế'],
    ['em mới vô nhóm, xài bot ni răng', 'help', null],
    ['@DonDocBot sởtưpháp đang ôm những việc gì vậy', 'tasks_of_agency', 'Sở Tư pháp'],
    ['Đôn Đốc ơi cho chị xin ds nhiệm vụ của Sở Công Thương nhé 🙏', 'tasks_of_agency', 'Sở Công Thương'],
    ['nhữngviệc quá hạn củasởxâydựng', 'overdue', 'Sở Xây dựng'],
    ['Định Hóa có task nào overdue ko', 'overdue', 'UBND huyện Định Hóa'],
    ['@Lan ơi TN60-05 bên Sở Tư pháp xong chưa em', 'unknown', null],
    ['Sở Nội vụ có việc nào sắp đến hạn không, chứ không phải quá hạn nhé', 'due_soon', 'Sở Nội vụ'],
    ['Dạ không phải Sở Tư pháp, em muốn xem việc quá hạn của Sở Nội vụ ạ', 'overdue', 'Sở Nội vụ'],
    ['việc nào quá hạn của Sở KH&CN, à không, Sở TT&TT mới đúng', 'overdue', 'Sở Thông tin và Truyền thông'],
    ['Sở Công Thương có những việc nào, không phải chỉ việc quá hạn đâu nhé', 'tasks_of_agency', 'Sở Công Thương'],
    ['anh Long đôn đốc giúp em việc của Sở Y tế nhé', 'unknown', null],
    ['việc quá hạn của UBND xã Minh Tiến', 'overdue', 'UBND xã Minh Tiến'],
    [
      'Hôm qua Sở Nội vụ có gửi công văn đôn đốc chung, nhưng cái em cần là bên Thanh tra tỉnh đang phụ trách những việc nào',
      'tasks_of_agency',
      'Thanh tra tỉnh',
    ],
    ['thế còn Sở Nội vụ thì sao bot', 'tasks_of_agency', 'Sở Nội vụ'],
    ['thế tuần sau?', 'due_soon', null],
    // Commands as new users type them.
    ['/nhiem vu so cong thuong', 'tasks_of_agency', 'Sở Công Thương'],
    ['/quá hạn', 'overdue', null],
    ['bot ơi /nhiemvu sở văn hóa thể thao du lịch', 'tasks_of_agency', 'Sở Văn hóa, Thể thao và Du lịch'],
    ['sapden hội phụ nữ', 'due_soon', 'Hội Liên hiệp Phụ nữ tỉnh'],
    ['baocao stp', 'stats', 'Sở Tư pháp'],
    ['nhiệmvụ của sởnộivụ', 'tasks_of_agency', 'Sở Nội vụ'],
    // Two questions: the first is answered.
    [
      'cho em xem nhiệm vụ của Kho bạc với, à mà bot có nhắc qua Zalo được không',
      'tasks_of_agency',
      'Kho bạc Nhà nước tỉnh',
    ],
    [
      'Hôm nay em phải làm báo cáo tuần, tiện hỏi bot luôn là Sở Tư pháp còn việc nào chưa xong không ạ',
      'tasks_of_agency',
      'Sở Tư pháp',
    ],
    ['Chi tiết GL24-64 giúp em, lãnh đạo đang hỏi', 'task_detail', null],
    ['Em Lan là đầu mối của Sở Y tế', 'register', 'Sở Y tế'],
    ['Mình dùng zalo, muốn đăng ký làm đầu mối Sở Y tế', 'register', 'Sở Y tế'],
    ['tỷ lệ quá hạn các nhiệm vụ của STP', 'stats', 'Sở Tư pháp'],
    ['kế hoạch 60 còn những việc nào chưa xong', 'tasks_of_agency', null],
    ['những nhiệm dụ nào hết hạn vào ngày mười lăm tháng bảy', 'due_soon', null],
    ['Em là Thảo, cán bộ văn hóa xã Tân Cương, em muốn đăng ký làm đầu mối', 'register', 'UBND xã Tân Cương'],
    ['Cho tôi con số: bao nhiêu việc xong, bao nhiêu việc vướng của cả kế hoạch', 'stats', null],
    ['Khối đoàn thể tỉnh đến giờ xong được bao nhiêu việc rồi bot', 'stats', 'Các tổ chức chính trị - xã hội tỉnh'],
    ['Đề nghị UBND các xã hoàn thành báo cáo trước ngày 20/6 để huyện tổng hợp.', 'unknown', null],
    ['Anh Long check lại giúp em số liệu quá hạn của Sở Nội vụ với', 'unknown', null],
    ['Bot báo "GL24-47: chưa cập nhật" nhưng bên em xong từ 3/6 rồi nhé', 'status_update', null],
  ] as const)('"%s" → %s (%s)', (text, intent, agency) => {
    expect(understand(text)).toMatchObject({ intent, agency });
  });

  it('tells a question about what is left from one about everything', () => {
    expect(understand('so tu phap con viec gi chua xong a')).toMatchObject({
      intent: 'tasks_of_agency',
      agency: 'Sở Tư pháp',
      openOnly: true,
    });
    expect(understand('Sở Tư pháp còn nhiệm vụ nào đang dở dang không')).toMatchObject({
      agency: 'Sở Tư pháp',
      openOnly: true,
    });
    expect(understand('nhiệm vụ của Sở Tư pháp')).toMatchObject({ agency: 'Sở Tư pháp', openOnly: false });
    expect(understand('STP')).toMatchObject({ agency: 'Sở Tư pháp', openOnly: false });
  });

  it('reads a page asked for at the end of any question', () => {
    expect(understand('nhiệm vụ của Sở Tư pháp trang 3')).toMatchObject({
      intent: 'tasks_of_agency',
      agency: 'Sở Tư pháp',
      page: 3,
    });
  });

  it('names what it could not find after "của", for suggestions', () => {
    expect(understand('nhiệm vụ của Phòng Tư pháp')).toMatchObject({
      intent: 'tasks_of_agency',
      agency: null,
      agencyText: 'Phòng Tư pháp',
    });
  });

  it('marks an unknown slash command', () => {
    expect(understand('/khongco')).toMatchObject({ intent: 'unknown', command: 'khongco' });
  });
});

describe('periods, from Wednesday 12/06/2024', () => {
  const now = clock.now();
  it.each([
    ['tuan nay', '2024-06-12', '2024-06-16'],
    ['tuan sau', '2024-06-17', '2024-06-23'],
    ['thang sau', '2024-07-01', '2024-07-31'],
    ['quy iv', '2024-10-01', '2024-12-31'],
    ['quy 1', '2025-01-01', '2025-03-31'],
    ['truoc 30/6', '2024-06-12', '2024-06-30'],
    ['5 ngay toi', '2024-06-12', '2024-06-17'],
    ['thang 3', '2025-03-01', '2025-03-31'],
    ['ngay mai', '2024-06-13', '2024-06-13'],
    ['cuoi nam', '2024-06-12', '2024-12-31'],
    ['tuan ni', '2024-06-12', '2024-06-16'],
    ['bua mai', '2024-06-13', '2024-06-13'],
    ['den cuoi thang 7', '2024-06-12', '2024-07-31'],
    ['tu thu 2 den thu 6 tuan sau', '2024-06-17', '2024-06-21'],
    ['thu 2 tuan toi', '2024-06-17', '2024-06-17'],
    ['trong tuan toi', '2024-06-17', '2024-06-23'],
    ['tuan dau thang 7', '2024-07-01', '2024-07-07'],
    ['trung tuan thang 7', '2024-07-11', '2024-07-20'],
    ['nua thang toi', '2024-06-12', '2024-06-27'],
    ['hom nay va ngay mai', '2024-06-12', '2024-06-13'],
    ['truoc ngay mong 5 thang 7', '2024-06-12', '2024-07-05'],
    ['den het ngay 20/6', '2024-06-12', '2024-06-20'],
    ['trong vong 10 hom toi', '2024-06-12', '2024-06-22'],
    ['thang 10 voi thang 11', '2024-10-01', '2024-11-30'],
    ['nua dau thang 7', '2024-07-01', '2024-07-15'],
    ['ngay mai va ngay kia', '2024-06-13', '2024-06-14'],
    ['tu nay den het quy', '2024-06-12', '2024-06-30'],
  ])('"%s" is %s – %s', (text, from, to) => {
    expect(findPeriod(fixTypos(text), now)).toEqual({ from, to });
  });

  it('gives the next 7 days to "sắp đến hạn" and N days to "/sapden N"', () => {
    expect(understand('sắp đến hạn').period).toEqual({ from: '2024-06-12', to: '2024-06-19' });
    expect(understand('/sapden 10').period).toEqual({ from: '2024-06-12', to: '2024-06-22' });
  });
});

describe('the pieces', () => {
  it('finds full and partial task references and ignores numbers that are not tasks', () => {
    expect(findTaskRef('tn60-5 xong')?.ref).toBe('TN60-05');
    expect(findTaskRef('gl24b 12 dang lam')?.ref).toBe('GL24B-12');
    expect(findTaskRef('nhiem vu so 12 da hoan thanh')?.ref).toBe('12');
    expect(findTaskRef('5 ngay toi co viec gi')).toBeNull();
    expect(findTaskRef('da ban hanh kh so 45/kh-stp')).toBeNull();
  });

  it('reads the first status phrase and never takes "chưa hoàn thành" for done', () => {
    expect(findStatus('chua hoan thanh')).toEqual({ status: 'in_progress', progress: null });
    expect(findStatus('se hoan thanh truoc 30/6').status).toBeNull();
    expect(findStatus('du kien hoan thanh thang 7')).toEqual({ status: null, progress: null });
    expect(findStatus('dang thuc hien, kho khan nhung da khac phuc')).toEqual({
      status: 'in_progress',
      progress: null,
    });
    expect(findStatus('da ban hanh quyet dinh thanh lap to cong tac').status).toBe('done');
  });

  it('fixes the typos of key words and leaves real words alone', () => {
    expect(fixTypos('qua hann')).toBe('qua han');
    expect(fixTypos('hoan thnah')).toBe('hoan thanh');
    expect(fixTypos('chua trienr khai')).toBe('chua trien khai');
    expect(fixTypos('ban hanh van ban huong dan')).toBe('ban hanh van ban huong dan');
    expect(fixTypos('thang sau trong ke hoach')).toBe('thang sau trong ke hoach');
    // VNI digits after vowels are dropped; a task ID's digits follow consonants and stay.
    expect(fixTypos('vie65c cu3a tn60-5')).toBe('viec cua tn60-5');
  });
});

describe('the labelled development messages', () => {
  // The held-out test part is measured in `npm run bench`, never tuned on; these guard
  // against regressions on the parts the rules were written from.
  it.each(DEV_PARTS)('%s: intents at least 97 percent, agencies at least 85 percent, no false update', (part) => {
    const result = evaluate(loadMessages(part));
    expect(result.intent / result.total).toBeGreaterThanOrEqual(0.97);
    // Agencies: district names typed without diacritics ("huyen vo nhai") are the known gap.
    expect(result.agency / result.agencyTotal).toBeGreaterThanOrEqual(0.85);
    expect(result.falseUpdates).toBe(0);
  });
});

describe('what a chat does to a message', () => {
  it('reads the bot called by name or handle, held-down letters and words run together', () => {
    expect(normalizeMessage('@DonDocBot sởtưpháp có nhữnggg task nào')).toBe('bot sở tư pháp có những task nào');
    expect(normalizeMessage('Đôn Đốc ơi việc nào quáááá hạn')).toBe('bot ơi việc nào quá hạn');
    // The verb "đôn đốc", abbreviations, roman numerals and plain-letter English stay as typed.
    expect(normalizeMessage('anh đôn đốc Sở TTTT quý III update giúp')).toBe('anh đôn đốc Sở TTTT quý III update giúp');
    expect(normalizeMessage('bànhành vănbản')).toBe('bàn hành văn bản');
  });

  it('leaves out what the writer says they do not mean, unless it is a question', () => {
    expect(withoutNegated('việc đến hạn, chứ không phải quá hạn nhé').trim()).toBe('việc đến hạn,');
    expect(withoutNegated('không phải hoàn thành mà là đang làm')).toContain('mà là đang làm');
    expect(withoutNegated('GL24-35 không phải của bên em đúng không bot')).toBe(
      'GL24-35 không phải của bên em đúng không bot',
    );
  });
});
